window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1718917053103407114"
          ],
          "editableUntil" : "2023-10-30T10:05:36.000Z",
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
            "url" : "https://t.co/HmJADDcNyY",
            "expanded_url" : "https://portmoormuseum.org.uk/shop/prints",
            "display_url" : "portmoormuseum.org.uk/sho…",
            "indices" : [
              "117",
              "140"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "58",
      "id_str" : "1718917053103407114",
      "truncated" : false,
      "retweet_count" : "17",
      "id" : "1718917053103407114",
      "possibly_sensitive" : false,
      "created_at" : "Mon Oct 30 09:05:36 +0000 2023",
      "favorited" : false,
      "full_text" : "New in the shop: A2 prints from the shipyard plans archive, £25 each, and every sale supports our conservation team. https://t.co/HmJADDcNyY",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1717909224500195363"
          ],
          "editableUntil" : "2023-10-27T15:20:50.000Z",
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
            "url" : "https://t.co/XIqSKs14QB",
            "expanded_url" : "https://portmoormuseum.org.uk/donate",
            "display_url" : "portmoormuseum.org.uk/don…",
            "indices" : [
              "137",
              "160"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "162"
      ],
      "favorite_count" : "74",
      "id_str" : "1717909224500195363",
      "truncated" : false,
      "retweet_count" : "41",
      "id" : "1717909224500195363",
      "possibly_sensitive" : false,
      "created_at" : "Fri Oct 27 14:20:50 +0000 2023",
      "favorited" : false,
      "full_text" : "Portmoor City Museum is free for everyone under 18, and we'd like to keep it that way. If you can, please give to our Open Doors appeal: https://t.co/XIqSKs14QB 💙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1717144048557879318"
          ],
          "editableUntil" : "2023-10-25T12:40:18.000Z",
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
            "url" : "https://t.co/txPkvEbpOG",
            "expanded_url" : "https://portmoormuseum.org.uk/volunteer",
            "display_url" : "portmoormuseum.org.uk/vol…",
            "indices" : [
              "133",
              "156"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "156"
      ],
      "favorite_count" : "39",
      "id_str" : "1717144048557879318",
      "truncated" : false,
      "retweet_count" : "25",
      "id" : "1717144048557879318",
      "possibly_sensitive" : false,
      "created_at" : "Wed Oct 25 11:40:18 +0000 2023",
      "favorited" : false,
      "full_text" : "We're looking for new front-of-house volunteers! No experience needed, just curiosity and comfortable shoes. Info evening Wed 8 Nov: https://t.co/txPkvEbpOG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1716397917317124115"
          ],
          "editableUntil" : "2023-10-23T11:15:27.000Z",
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
            "url" : "https://t.co/oSGhyDBYxj",
            "expanded_url" : "https://portmoormuseum.org.uk/whatson",
            "display_url" : "portmoormuseum.org.uk/wha…",
            "indices" : [
              "135",
              "158"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "52",
      "id_str" : "1716397917317124115",
      "truncated" : false,
      "retweet_count" : "30",
      "id" : "1716397917317124115",
      "possibly_sensitive" : false,
      "created_at" : "Mon Oct 23 10:15:27 +0000 2023",
      "favorited" : false,
      "full_text" : "Tickets for our Christmas lantern-making workshops go on sale Monday at 10am. Last year they sold out in 40 minutes, so set an alarm ⏰ https://t.co/oSGhyDBYxj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1715397470275166236"
          ],
          "editableUntil" : "2023-10-20T17:00:02.000Z",
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
        "145"
      ],
      "favorite_count" : "688",
      "id_str" : "1715397470275166236",
      "truncated" : false,
      "retweet_count" : "45",
      "id" : "1715397470275166236",
      "created_at" : "Fri Oct 20 16:00:02 +0000 2023",
      "favorited" : false,
      "full_text" : "Happy retirement to Bill, who has opened our doors at 9:58 every morning for 31 years and never once let anyone in at 9:57. We'll miss you, Bill.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1714719296215187483"
          ],
          "editableUntil" : "2023-10-18T20:05:12.000Z",
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
            "name" : "Geoff Howard",
            "screen_name" : "ghoward58",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2987716443",
            "id" : "2987716443"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "11",
        "155"
      ],
      "favorite_count" : "31",
      "in_reply_to_status_id_str" : "1714698859857842200",
      "id_str" : "1714719296215187483",
      "in_reply_to_user_id" : "2987716443",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1714719296215187483",
      "in_reply_to_status_id" : "1714698859857842200",
      "created_at" : "Wed Oct 18 19:05:12 +0000 2023",
      "favorited" : false,
      "full_text" : "@ghoward58 What a find. Your grandad would have been in the plating shed in 1938, one of the loudest places in the city. Thank you for sharing him with us.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ghoward58",
      "in_reply_to_user_id_str" : "2987716443"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1713895233196900365"
          ],
          "editableUntil" : "2023-10-16T13:30:40.000Z",
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
            "name" : "Priya | makes things",
            "screen_name" : "priyamakes",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1115580236919406592",
            "id" : "1115580236919406592"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "12",
        "116"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1713887262842511367",
      "id_str" : "1713895233196900365",
      "in_reply_to_user_id" : "1115580236919406592",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1713895233196900365",
      "in_reply_to_status_id" : "1713887262842511367",
      "created_at" : "Mon Oct 16 12:30:40 +0000 2023",
      "favorited" : false,
      "full_text" : "@priyamakes Yes, photos are fine without flash! A few loaned items are marked no-photo. Tag us, we love seeing them.",
      "lang" : "en",
      "in_reply_to_screen_name" : "priyamakes",
      "in_reply_to_user_id_str" : "1115580236919406592"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1713133020284022817"
          ],
          "editableUntil" : "2023-10-14T11:01:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "SaltAndIron",
            "indices" : [
              "152",
              "164"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "164"
      ],
      "favorite_count" : "261",
      "id_str" : "1713133020284022817",
      "truncated" : false,
      "retweet_count" : "90",
      "id" : "1713133020284022817",
      "created_at" : "Sat Oct 14 10:01:55 +0000 2023",
      "favorited" : false,
      "full_text" : "Salt &amp; Iron is now open! 🚢 Huge thanks to the 60+ former shipyard workers who shared their stories with us. Open daily 10–5, free on Thursday evenings. #SaltAndIron",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1712459389351202831"
          ],
          "editableUntil" : "2023-10-12T14:25:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "SaltAndIron",
            "indices" : [
              "79",
              "91"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "176"
      ],
      "favorite_count" : "377",
      "id_str" : "1712459389351202831",
      "truncated" : false,
      "retweet_count" : "64",
      "id" : "1712459389351202831",
      "created_at" : "Thu Oct 12 13:25:09 +0000 2023",
      "favorited" : false,
      "full_text" : "Behind the scenes: our conservator Hana is cleaning a 1912 figurehead ahead of #SaltAndIron. A century of paint layers, and under all of them, a very surprised-looking mermaid.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1712389404205715492"
          ],
          "editableUntil" : "2023-10-12T09:47:03.000Z",
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
            "name" : "Jo Brightwell",
            "screen_name" : "JoBrightwellTV",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "71225609",
            "id" : "71225609"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "16",
        "116"
      ],
      "favorite_count" : "14",
      "in_reply_to_status_id_str" : "1712382847971893251",
      "id_str" : "1712389404205715492",
      "in_reply_to_user_id" : "71225609",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1712389404205715492",
      "in_reply_to_status_id" : "1712382847971893251",
      "created_at" : "Thu Oct 12 08:47:03 +0000 2023",
      "favorited" : false,
      "full_text" : "@JoBrightwellTV If you're stuck in Portmoor, come and wait with 412 ships instead 🚢 Free entry after 5 on Thursdays!",
      "lang" : "en",
      "in_reply_to_screen_name" : "JoBrightwellTV",
      "in_reply_to_user_id_str" : "71225609"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1712153772951097381"
          ],
          "editableUntil" : "2023-10-11T18:10:44.000Z",
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
        "185"
      ],
      "favorite_count" : "96",
      "id_str" : "1712153772951097381",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1712153772951097381",
      "created_at" : "Wed Oct 11 17:10:44 +0000 2023",
      "favorited" : false,
      "full_text" : "Congratulations to St Aidan's Primary, whose Year 5 'Portmoor in 100 years' model city won the county schools prize. (We may be biased, but the monorail to the chip shop was visionary.)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1711394927312216068"
          ],
          "editableUntil" : "2023-10-09T15:55:21.000Z",
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
            "name" : "Sam Tiller 📷",
            "screen_name" : "sam_t_photography",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "1403399817462353920",
            "id" : "1403399817462353920"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "19",
        "207"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1711370933505249316",
      "id_str" : "1711394927312216068",
      "in_reply_to_user_id" : "1403399817462353920",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1711394927312216068",
      "in_reply_to_status_id" : "1711370933505249316",
      "created_at" : "Mon Oct 09 14:55:21 +0000 2023",
      "favorited" : false,
      "full_text" : "@sam_t_photography Sorry Sam, the café closed early on Saturday because of staff illness. That shouldn't happen without notice, and we now post any changes on the website. Next coffee's on us if you're back.",
      "lang" : "en",
      "in_reply_to_screen_name" : "sam_t_photography",
      "in_reply_to_user_id_str" : "1403399817462353920"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1711313052311253029"
          ],
          "editableUntil" : "2023-10-09T10:30:00.000Z",
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
            "name" : "Portmoor Libraries",
            "screen_name" : "PortmoorLibrary",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "412987330",
            "id" : "412987330"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/M52MVA5FIi",
            "expanded_url" : "https://portmoorlibraries.org.uk/events/lost-pubs",
            "display_url" : "portmoorlibraries.org.uk/…",
            "indices" : [
              "156",
              "179"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "179"
      ],
      "favorite_count" : "0",
      "id_str" : "1711313052311253029",
      "truncated" : false,
      "retweet_count" : "27",
      "id" : "1711313052311253029",
      "possibly_sensitive" : false,
      "created_at" : "Mon Oct 09 09:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @PortmoorLibrary: Our autumn author talks start next week with local historian Dev Rajan on the lost pubs of Portmoor. Free, but booking is essential ⬇️ https://t.co/M52MVA5FIi",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1710772054361354247"
          ],
          "editableUntil" : "2023-10-07T22:40:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Portmoor City Council",
            "screen_name" : "PortmoorCC",
            "indices" : [
              "75",
              "86"
            ],
            "id_str" : "301447162",
            "id" : "301447162"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "173"
      ],
      "favorite_count" : "203",
      "id_str" : "1710772054361354247",
      "truncated" : false,
      "retweet_count" : "88",
      "id" : "1710772054361354247",
      "created_at" : "Sat Oct 07 21:40:17 +0000 2023",
      "favorited" : false,
      "full_text" : "Thinking of everyone on the east side tonight. Please stay safe and follow @PortmoorCC for flood updates. The museum will stay closed tomorrow while the streets are cleared.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1709901891023007752"
          ],
          "editableUntil" : "2023-10-05T13:02:33.000Z",
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
        "169"
      ],
      "favorite_count" : "41",
      "id_str" : "1709901891023007752",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "1709901891023007752",
      "created_at" : "Thu Oct 05 12:02:33 +0000 2023",
      "favorited" : false,
      "full_text" : "Half-term is coming 🎃 Drop-in family trails every day 23–27 Oct, 10am–3pm, free with admission. Find the ship's cat hiding in every gallery (she is VERY good at hiding).",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1709482237516423171"
          ],
          "editableUntil" : "2023-10-04T09:15:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "OnThisDay",
            "indices" : [
              "0",
              "10"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "201"
      ],
      "favorite_count" : "530",
      "id_str" : "1709482237516423171",
      "truncated" : false,
      "retweet_count" : "171",
      "id" : "1709482237516423171",
      "created_at" : "Wed Oct 04 08:15:00 +0000 2023",
      "favorited" : false,
      "full_text" : "#OnThisDay in 1911 the Tamber froze from bank to bank for the first time in living memory. Children skated to school, and a pub landlord set up a stall in the middle of the river selling hot chestnuts.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1708864867687604236"
          ],
          "editableUntil" : "2023-10-02T16:21:48.000Z",
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
            "name" : "Walt Kimani",
            "screen_name" : "wheelsonwalt",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "884120357",
            "id" : "884120357"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "14",
        "162"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1708858880334942233",
      "id_str" : "1708864867687604236",
      "in_reply_to_user_id" : "884120357",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1708864867687604236",
      "in_reply_to_status_id" : "1708858880334942233",
      "created_at" : "Mon Oct 02 15:21:48 +0000 2023",
      "favorited" : false,
      "full_text" : "@wheelsonwalt Yes, step-free throughout! The lift to Gallery 3 was repaired last week. Accessible parking is on Quay St, with two bays right by the side entrance.",
      "lang" : "en",
      "in_reply_to_screen_name" : "wheelsonwalt",
      "in_reply_to_user_id_str" : "884120357"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1708059147050254342"
          ],
          "editableUntil" : "2023-09-30T11:00:09.000Z",
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
            "url" : "https://t.co/6SNrOuya4F",
            "expanded_url" : "https://portmoormuseum.org.uk/join",
            "display_url" : "portmoormuseum.org.uk/join",
            "indices" : [
              "130",
              "153"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "22",
      "id_str" : "1708059147050254342",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1708059147050254342",
      "possibly_sensitive" : false,
      "created_at" : "Sat Sep 30 10:00:09 +0000 2023",
      "favorited" : false,
      "full_text" : "Members get 20% off in the shop and café all weekend. Not a member yet? It's £30 a year and pays for itself in about four visits: https://t.co/6SNrOuya4F",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1707753469215404040"
          ],
          "editableUntil" : "2023-09-29T14:45:30.000Z",
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
        "200"
      ],
      "favorite_count" : "412",
      "id_str" : "1707753469215404040",
      "truncated" : false,
      "retweet_count" : "58",
      "id" : "1707753469215404040",
      "created_at" : "Fri Sep 29 13:45:30 +0000 2023",
      "favorited" : false,
      "full_text" : "We're heartbroken to share that Margaret Osei, who looked after our archive for 22 years, died on Sunday. She knew where everything was, including things we didn't know we had. Our love to her family.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1706990087985078282"
          ],
          "editableUntil" : "2023-09-27T12:12:05.000Z",
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
            "name" : "Kelly Robb",
            "screen_name" : "kellyannerobb",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1290455812003876865",
            "id" : "1290455812003876865"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "15",
        "174"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1706982012988989468",
      "id_str" : "1706990087985078282",
      "in_reply_to_user_id" : "1290455812003876865",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1706990087985078282",
      "in_reply_to_status_id" : "1706982012988989468",
      "created_at" : "Wed Sep 27 11:12:05 +0000 2023",
      "favorited" : false,
      "full_text" : "@kellyannerobb Hi Kelly, so sorry about that! Our front desk has a blue umbrella in lost property from Sunday. Give us a call on 01632 960417 or pop in and we'll reunite you.",
      "lang" : "en",
      "in_reply_to_screen_name" : "kellyannerobb",
      "in_reply_to_user_id_str" : "1290455812003876865"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1706707753508098080"
          ],
          "editableUntil" : "2023-09-26T17:30:12.000Z",
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
            "url" : "https://t.co/d5mFVj7nsC",
            "expanded_url" : "https://portmoormuseum.org.uk/lates",
            "display_url" : "portmoormuseum.org.uk/lat…",
            "indices" : [
              "174",
              "197"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "197"
      ],
      "favorite_count" : "87",
      "id_str" : "1706707753508098080",
      "truncated" : false,
      "retweet_count" : "34",
      "id" : "1706707753508098080",
      "possibly_sensitive" : false,
      "created_at" : "Tue Sep 26 16:30:12 +0000 2023",
      "favorited" : false,
      "full_text" : "Thursday Lates are back! Free entry after 5pm every Thursday in October, with a bar in the Atrium and short talks at 6:30. This week: the great flood of 1953 in ten objects. https://t.co/d5mFVj7nsC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1706232242263494664"
          ],
          "editableUntil" : "2023-09-25T10:00:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "SaltAndIron",
            "indices" : [
              "180",
              "192"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "192"
      ],
      "favorite_count" : "148",
      "id_str" : "1706232242263494664",
      "truncated" : false,
      "retweet_count" : "61",
      "id" : "1706232242263494664",
      "created_at" : "Mon Sep 25 09:00:41 +0000 2023",
      "favorited" : false,
      "full_text" : "Our new exhibition 'Salt &amp; Iron: Portmoor's Shipyards 1860–1960' opens Saturday 14 October. Rivet guns, ship plans, and the voices of the people who built 412 ships on the Tamber. #SaltAndIron",
      "lang" : "en"
    }
  }
]