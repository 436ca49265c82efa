window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2128432898372542214"
          ],
          "editableUntil" : "2026-12-03T11:15:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/HwZJrCI8Hi",
            "expanded_url" : "https://www.kestrelvalleybuses.co.uk/christmas-2026",
            "display_url" : "kestrelvalleybuses.co.uk/christmas-2026",
            "indices" : [
              "199",
              "222"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "222"
      ],
      "favorite_count" : "14",
      "id_str" : "2128432898372542214",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2128432898372542214",
      "possibly_sensitive" : false,
      "created_at" : "Thu Dec 03 10:15:22 +0000 2026",
      "favorited" : false,
      "full_text" : "🎄 Christmas and New Year timetables are now online. Last buses on Christmas Eve leave Amberford bus station at about 19:30, and there are no services on Christmas Day or Boxing Day. Plan ahead here: https://t.co/HwZJrCI8Hi",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2127080164029400183"
          ],
          "editableUntil" : "2026-11-29T17:40:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sarah Okon",
            "screen_name" : "sarahwrenby",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1398215577043214337",
            "id" : "1398215577043214337"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "13",
        "125"
      ],
      "favorite_count" : "61",
      "in_reply_to_status_id_str" : "2127073675441086960",
      "id_str" : "2127080164029400183",
      "in_reply_to_user_id" : "1398215577043214337",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2127080164029400183",
      "in_reply_to_status_id" : "2127073675441086960",
      "created_at" : "Sun Nov 29 16:40:05 +0000 2026",
      "favorited" : false,
      "full_text" : "@sarahwrenby Tell Alfie this is the best drawing of a bus we have ever seen. It's going straight on the depot noticeboard 🚌❤️",
      "lang" : "en",
      "in_reply_to_screen_name" : "sarahwrenby",
      "in_reply_to_user_id_str" : "1398215577043214337"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2124414021137356645"
          ],
          "editableUntil" : "2026-11-22T09:05:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "StormIlse",
            "indices" : [
              "3",
              "13"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "239"
      ],
      "favorite_count" : "38",
      "id_str" : "2124414021137356645",
      "truncated" : false,
      "retweet_count" : "52",
      "id" : "2124414021137356645",
      "created_at" : "Sun Nov 22 08:05:47 +0000 2026",
      "favorited" : false,
      "full_text" : "🌬️ #StormIlse update: routes 31 and 32 over Coldharbour Moor are suspended until further notice because of fallen trees. Route 22 is running but expect delays through Wrenby. We'll update here every hour. Please only travel if you need to.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2121581456651267667"
          ],
          "editableUntil" : "2026-11-14T13:30:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Pete Harrowgate 📷",
            "screen_name" : "ValleyLensPete",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "812450902733201408",
            "id" : "812450902733201408"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "0",
      "id_str" : "2121581456651267667",
      "truncated" : false,
      "retweet_count" : "27",
      "id" : "2121581456651267667",
      "created_at" : "Sat Nov 14 12:30:11 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @ValleyLensPete: Fog sitting in the valley from Beacon Hill at 7am, just the mill chimney poking out of it. Worth the early start.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2119716761367551283"
          ],
          "editableUntil" : "2026-11-09T10:00:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Movember",
            "indices" : [
              "31",
              "40"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/NlFHBx84ZV",
            "expanded_url" : "https://www.kestrelvalleybuses.co.uk/movember",
            "display_url" : "kestrelvalleybuses.co.uk/movember",
            "indices" : [
              "141",
              "164"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "164"
      ],
      "favorite_count" : "44",
      "id_str" : "2119716761367551283",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2119716761367551283",
      "possibly_sensitive" : false,
      "created_at" : "Mon Nov 09 09:00:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Our drivers are taking part in #Movember this year 🥸 Follow the depot's moustache progress (questionable) and chip in for men's health here: https://t.co/NlFHBx84ZV",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2117305980285908630"
          ],
          "editableUntil" : "2026-11-02T18:20:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Bex",
            "screen_name" : "bex_harlow",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1577902284113321984",
            "id" : "1577902284113321984"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "12",
        "180"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2117293544174569443",
      "id_str" : "2117305980285908630",
      "in_reply_to_user_id" : "1577902284113321984",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2117305980285908630",
      "in_reply_to_status_id" : "2117293544174569443",
      "created_at" : "Mon Nov 02 17:20:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@bex_harlow That isn't the service we expect from our drivers, and we're sorry. Please send us the date, time and route number by DM so our operations team can look into it. ^Priya",
      "lang" : "en",
      "in_reply_to_screen_name" : "bex_harlow",
      "in_reply_to_user_id_str" : "1577902284113321984"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2116077644805076721"
          ],
          "editableUntil" : "2026-10-30T09:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/alqjD9D1LW",
            "expanded_url" : "https://www.kestrelvalleybuses.co.uk/contactless",
            "display_url" : "kestrelvalleybuses.co.uk/contactless",
            "indices" : [
              "193",
              "216"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "216"
      ],
      "favorite_count" : "88",
      "id_str" : "2116077644805076721",
      "truncated" : false,
      "retweet_count" : "40",
      "id" : "2116077644805076721",
      "possibly_sensitive" : false,
      "created_at" : "Fri Oct 30 08:00:00 +0000 2026",
      "favorited" : false,
      "full_text" : "💳 From Sunday 1 November you can tap on and tap off with a contactless card or phone on every Kestrel Valley route. We'll cap your fares at £5.50 a day, automatically. No app, no paper ticket. https://t.co/alqjD9D1LW",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2114615569150924422"
          ],
          "editableUntil" : "2026-10-26T08:10:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "HalfTerm",
            "indices" : [
              "132",
              "141"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "31",
      "id_str" : "2114615569150924422",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "2114615569150924422",
      "created_at" : "Mon Oct 26 07:10:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Half-term is here 🎒 Under-19s travel for £1 a journey on every route until Sunday. Just show your Kestrel Youth card to the driver. #HalfTerm",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2112903013856205835"
          ],
          "editableUntil" : "2026-10-21T14:45:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/BFvh3cpzNN",
            "expanded_url" : "https://www.kestrelvalleybuses.co.uk/app",
            "display_url" : "kestrelvalleybuses.co.uk/app",
            "indices" : [
              "118",
              "141"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "203",
      "id_str" : "2112903013856205835",
      "truncated" : false,
      "retweet_count" : "17",
      "id" : "2112903013856205835",
      "possibly_sensitive" : false,
      "created_at" : "Wed Oct 21 13:45:09 +0000 2026",
      "favorited" : false,
      "full_text" : "POV: you're the last person on the 22 still paying in 10p coins 🪙\n\nWe love you. We really do. But the app is faster 👇 https://t.co/BFvh3cpzNN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2112137347855396310"
          ],
          "editableUntil" : "2026-10-19T12:02:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "250"
      ],
      "favorite_count" : "412",
      "id_str" : "2112137347855396310",
      "truncated" : false,
      "retweet_count" : "36",
      "id" : "2112137347855396310",
      "created_at" : "Mon Oct 19 11:02:40 +0000 2026",
      "favorited" : false,
      "full_text" : "We're very sad to share that Dennis Aldous, who drove the 22 between Amberford and Wrenby for 31 years, died last week. Generations of schoolchildren knew him as the driver who remembered everyone's name. Our thoughts are with his family and friends.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2110800484758555586"
          ],
          "editableUntil" : "2026-10-15T19:30:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tomasz Kowalik",
            "screen_name" : "Tomasz_K",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "2934811206",
            "id" : "2934811206"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "10",
        "193"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2110792595272718083",
      "id_str" : "2110800484758555586",
      "in_reply_to_user_id" : "2934811206",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2110800484758555586",
      "in_reply_to_status_id" : "2110792595272718083",
      "created_at" : "Thu Oct 15 18:30:27 +0000 2026",
      "favorited" : false,
      "full_text" : "@Tomasz_K We're really sorry, Tomasz. Lost property is kept at Amberford depot for 28 days. Please call 01632 960418 (Mon–Fri, 9–5) with a description of the bag and the route you were on. ^Sam",
      "lang" : "en",
      "in_reply_to_screen_name" : "Tomasz_K",
      "in_reply_to_user_id_str" : "2934811206"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2109562212971512147"
          ],
          "editableUntil" : "2026-10-12T09:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "hiring",
            "indices" : [
              "205",
              "212"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/QVSVkZepp1",
            "expanded_url" : "https://careers.kestrelvalleybuses.co.uk/drivers",
            "display_url" : "careers.kestrelvalleybuses.co.uk/drivers",
            "indices" : [
              "181",
              "204"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "212"
      ],
      "favorite_count" : "25",
      "id_str" : "2109562212971512147",
      "truncated" : false,
      "retweet_count" : "30",
      "id" : "2109562212971512147",
      "possibly_sensitive" : false,
      "created_at" : "Mon Oct 12 08:30:00 +0000 2026",
      "favorited" : false,
      "full_text" : "We're hiring bus drivers in Amberford and Wrenby 🚌 Full paid training to get your licence, £14.60 an hour from day one, and a free bus pass for your household. Apply by 6 November: https://t.co/QVSVkZepp1 #hiring",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2108848724112357074"
          ],
          "editableUntil" : "2026-10-10T10:14:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "166"
      ],
      "favorite_count" : "156",
      "id_str" : "2108848724112357074",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2108848724112357074",
      "created_at" : "Sat Oct 10 09:14:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Me: the bus is 2 minutes away.\nThe bus: *is 2 minutes away for 9 minutes*\n\nWe see you, Route 7 at Coldharbour roundabout 🙃 The roadworks finish on Friday. We promise.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2107078421640217356"
          ],
          "editableUntil" : "2026-10-05T13:00:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "176"
      ],
      "favorite_count" : "97",
      "id_str" : "2107078421640217356",
      "truncated" : false,
      "retweet_count" : "21",
      "id" : "2107078421640217356",
      "created_at" : "Mon Oct 05 12:00:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Congratulations to Coldharbour Mill FC Women on winning the Valley League Cup! 🏆 We're running free travel on the 31 to the homecoming at the Miners Arms on Saturday afternoon.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105567146800163277"
          ],
          "editableUntil" : "2026-10-01T08:55:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "175"
      ],
      "favorite_count" : "6",
      "id_str" : "2105567146800163277",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2105567146800163277",
      "created_at" : "Thu Oct 01 07:55:02 +0000 2026",
      "favorited" : false,
      "full_text" : "⚠️ Route 14 is diverted away from Amberford High Street today, 09:00–16:00, for resurfacing. Please use the temporary stop outside the Corn Exchange. Sorry for the disruption.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104588338852910500"
          ],
          "editableUntil" : "2026-09-28T16:05:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millie ♿",
            "screen_name" : "millie_on_the_move",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "1093377261548036096",
            "id" : "1093377261548036096"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "20",
        "204"
      ],
      "favorite_count" : "19",
      "in_reply_to_status_id_str" : "2104568545932339569",
      "id_str" : "2104588338852910500",
      "in_reply_to_user_id" : "1093377261548036096",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2104588338852910500",
      "in_reply_to_status_id" : "2104568545932339569",
      "created_at" : "Mon Sep 28 15:05:36 +0000 2026",
      "favorited" : false,
      "full_text" : "@millie_on_the_move Yes! All 28 of our double-deckers have a wheelchair space and a separate buggy bay. If the space is already in use, the driver will radio the next bus to make sure it has room for you.",
      "lang" : "en",
      "in_reply_to_screen_name" : "millie_on_the_move",
      "in_reply_to_user_id_str" : "1093377261548036096"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103062069375939981"
          ],
          "editableUntil" : "2026-09-24T11:00:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "73",
      "id_str" : "2103062069375939981",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "2103062069375939981",
      "created_at" : "Thu Sep 24 10:00:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Thank you to everyone who helped us Fill-a-Bus for Amberford Foodbank on Saturday: 1,140 items collected! 💚 See you at the next one in December.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102010003715027179"
          ],
          "editableUntil" : "2026-09-21T13:20:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/KestrelValleyBus/status/2102010003715027179/photo/1",
            "indices" : [
              "64",
              "87"
            ],
            "url" : "https://t.co/6ymXs9GqZS",
            "media_url" : "http://pbs.twimg.com/media/6Tp14MHdMzVcZyD.jpg",
            "id_str" : "2102009919828918272",
            "id" : "2102009919828918272",
            "media_url_https" : "https://pbs.twimg.com/media/6Tp14MHdMzVcZyD.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/6Tp14MHdMz"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "129",
      "id_str" : "2102010003715027179",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2102010003715027179",
      "possibly_sensitive" : false,
      "created_at" : "Mon Sep 21 12:20:13 +0000 2026",
      "favorited" : false,
      "full_text" : "The new seat fabric is here. Rate it 1–10. Wrong answers only 👇 https://t.co/6ymXs9GqZS",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/KestrelValleyBus/status/2102010003715027179/photo/1",
            "indices" : [
              "64",
              "87"
            ],
            "url" : "https://t.co/6ymXs9GqZS",
            "media_url" : "http://pbs.twimg.com/media/6Tp14MHdMzVcZyD.jpg",
            "id_str" : "2102009919828918272",
            "id" : "2102009919828918272",
            "media_url_https" : "https://pbs.twimg.com/media/6Tp14MHdMzVcZyD.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/6Tp14MHdMz",
            "ext_media_availability" : {
              "status" : "Available"
            }
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100142645048320966"
          ],
          "editableUntil" : "2026-09-16T09:40:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/RG3oH9MMVK",
            "expanded_url" : "https://www.kestrelvalleybuses.co.uk/campus",
            "display_url" : "kestrelvalleybuses.co.uk/campus",
            "indices" : [
              "171",
              "194"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "194"
      ],
      "favorite_count" : "22",
      "id_str" : "2100142645048320966",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "2100142645048320966",
      "possibly_sensitive" : false,
      "created_at" : "Wed Sep 16 08:40:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Students 🎓 Our 3-month Kestrel Campus ticket is £99 until 30 September. That's less than £1.10 a day to Wrenby College or the university. Buy it in the app or on the bus: https://t.co/RG3oH9MMVK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097955864966165724"
          ],
          "editableUntil" : "2026-09-10T08:50:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jordan Whelan",
            "screen_name" : "jordy_whelan",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1620447713352806402",
            "id" : "1620447713352806402"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "14",
        "207"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2097938991281146085",
      "id_str" : "2097955864966165724",
      "in_reply_to_user_id" : "1620447713352806402",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097955864966165724",
      "in_reply_to_status_id" : "2097938991281146085",
      "created_at" : "Thu Sep 10 07:50:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@jordy_whelan Sorry about this, Jordan. The 07:42 from Wrenby was cancelled because of driver sickness, and we know that's no good when you're trying to get to work. DM us and we'll refund today's fare. ^Sam",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordy_whelan",
      "in_reply_to_user_id_str" : "1620447713352806402"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097769587536940010"
          ],
          "editableUntil" : "2026-09-09T20:30:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Wrenby Valley Railway",
            "screen_name" : "WrenbyRail",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "3311452098",
            "id" : "3311452098"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "12",
        "81"
      ],
      "favorite_count" : "48",
      "in_reply_to_status_id_str" : "2097748066563084599",
      "id_str" : "2097769587536940010",
      "in_reply_to_user_id" : "3311452098",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2097769587536940010",
      "in_reply_to_status_id" : "2097748066563084599",
      "created_at" : "Wed Sep 09 19:30:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@WrenbyRail We'll hold the 18:15 connection at Wrenby station for you any day 😉🚌🚂",
      "lang" : "en",
      "in_reply_to_screen_name" : "WrenbyRail",
      "in_reply_to_user_id_str" : "3311452098"
    }
  }
]