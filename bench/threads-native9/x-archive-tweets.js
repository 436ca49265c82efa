window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2262661073945799279"
          ],
          "editableUntil" : "2027-12-08T20:50:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hanna",
            "screen_name" : "hanna_loops",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1701348862551781376",
            "id" : "1701348862551781376"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "58"
      ],
      "favorite_count" : "19",
      "in_reply_to_status_id_str" : "2262647231642707486",
      "id_str" : "2262661073945799279",
      "in_reply_to_user_id" : "1701348862551781376",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2262661073945799279",
      "in_reply_to_status_id" : "2262647231642707486",
      "created_at" : "Wed Dec 08 19:50:12 +0000 2027",
      "favorited" : false,
      "full_text" : "@hanna_loops That colour on you! Thank you for sharing it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hanna_loops",
      "in_reply_to_user_id_str" : "1701348862551781376"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2260708338740174651"
          ],
          "editableUntil" : "2027-12-03T11:30:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kit Andersen, tech editor",
            "screen_name" : "kit_edits",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "1214987730094571521",
            "id" : "1214987730094571521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "0",
      "id_str" : "2260708338740174651",
      "truncated" : false,
      "retweet_count" : "74",
      "id" : "2260708338740174651",
      "created_at" : "Fri Dec 03 10:30:44 +0000 2027",
      "favorited" : false,
      "full_text" : "RT @kit_edits: Why do patterns list chest size and not S/M/L? A thread on grading, using the Tidepool Cardigan as the example.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2260070202119964890"
          ],
          "editableUntil" : "2027-12-01T17:15:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "205",
      "id_str" : "2260070202119964890",
      "truncated" : false,
      "retweet_count" : "63",
      "id" : "2260070202119964890",
      "created_at" : "Wed Dec 01 16:15:00 +0000 2027",
      "favorited" : false,
      "full_text" : "Holiday shipping: order by December 14 for delivery before the 25th. The studio closes December 20 to January 3 so we can sleep.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2255667550612556667"
          ],
          "editableUntil" : "2027-11-19T13:40:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Brightbirch Needles",
            "screen_name" : "BrightbirchNeedles",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "3320198745",
            "id" : "3320198745"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "20",
        "80"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "2255305161752436332",
      "id_str" : "2255667550612556667",
      "in_reply_to_user_id" : "3320198745",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2255667550612556667",
      "in_reply_to_status_id" : "2255305161752436332",
      "created_at" : "Fri Nov 19 12:40:26 +0000 2027",
      "favorited" : false,
      "full_text" : "@BrightbirchNeedles The replacement cable came today, thank you! That was quick.",
      "lang" : "en",
      "in_reply_to_screen_name" : "BrightbirchNeedles",
      "in_reply_to_user_id_str" : "3320198745"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2254723181153132441"
          ],
          "editableUntil" : "2027-11-16T23:07:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "quiet folk",
            "screen_name" : "quietfolk_",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1589920340113252352",
            "id" : "1589920340113252352"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/CW31iC7x56",
            "expanded_url" : "https://fernhollowyarn.com/kits/eddy-hat",
            "display_url" : "fernhollowyarn.com/kits…",
            "indices" : [
              "116",
              "139"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "139"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "2254672848719188136",
      "id_str" : "2254723181153132441",
      "in_reply_to_user_id" : "1589920340113252352",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2254723181153132441",
      "in_reply_to_status_id" : "2254672848719188136",
      "possibly_sensitive" : false,
      "created_at" : "Tue Nov 16 22:07:51 +0000 2027",
      "favorited" : false,
      "full_text" : "@quietfolk_ Knitting, always! 🧶 If anyone wants a cosy first project, our Eddy Hat kit is 15% off with code COSY15: https://t.co/CW31iC7x56",
      "lang" : "en",
      "in_reply_to_screen_name" : "quietfolk_",
      "in_reply_to_user_id_str" : "1589920340113252352"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2253171139119603438"
          ],
          "editableUntil" : "2027-11-12T16:20:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "180"
      ],
      "favorite_count" : "720",
      "id_str" : "2253171139119603438",
      "truncated" : false,
      "retweet_count" : "388",
      "id" : "2253171139119603438",
      "created_at" : "Fri Nov 12 15:20:36 +0000 2027",
      "favorited" : false,
      "full_text" : "Our winter hat drive for the Harbour Street Shelter is on. Knit a hat in any yarn, drop it at our studio or mail it in by December 10, and we'll send you a code for a free pattern.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2251075097158486403"
          ],
          "editableUntil" : "2027-11-06T21:31:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "3890",
      "id_str" : "2251075097158486403",
      "truncated" : false,
      "retweet_count" : "120",
      "id" : "2251075097158486403",
      "created_at" : "Sat Nov 06 20:31:40 +0000 2027",
      "favorited" : false,
      "full_text" : "Mum turned 80 today. She taught us both to knit at the kitchen table, and she's still the fastest knitter in the family.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2249164626514585217"
          ],
          "editableUntil" : "2027-11-01T15:00:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TidepoolKAL",
            "indices" : [
              "0",
              "12"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "1605",
      "id_str" : "2249164626514585217",
      "truncated" : false,
      "retweet_count" : "410",
      "id" : "2249164626514585217",
      "created_at" : "Mon Nov 01 14:00:09 +0000 2027",
      "favorited" : false,
      "full_text" : "#TidepoolKAL starts today! Cast on, post a photo with the tag, and we'll draw the first yarn winner on Friday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2247352207264693212"
          ],
          "editableUntil" : "2027-10-27T14:58:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Northbay Zoo",
            "screen_name" : "NorthbayZoo",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "211934578",
            "id" : "211934578"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/8oBSv9wkRz",
            "expanded_url" : "https://fernhollowyarn.com/colours/bamboo-mist",
            "display_url" : "fernhollowyarn.com/colo…",
            "indices" : [
              "125",
              "148"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "148"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2247332074779328294",
      "id_str" : "2247352207264693212",
      "in_reply_to_user_id" : "211934578",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2247352207264693212",
      "in_reply_to_status_id" : "2247332074779328294",
      "possibly_sensitive" : false,
      "created_at" : "Wed Oct 27 13:58:14 +0000 2027",
      "favorited" : false,
      "full_text" : "@NorthbayZoo Congratulations on the baby panda! 🐼 Celebrate with Bamboo Mist, our panda-grey colourway, back in stock today: https://t.co/8oBSv9wkRz",
      "lang" : "en",
      "in_reply_to_screen_name" : "NorthbayZoo",
      "in_reply_to_user_id_str" : "211934578"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2245502200338079153"
          ],
          "editableUntil" : "2027-10-22T12:26:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "The Yarn Loft",
            "screen_name" : "yarnloftshop",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "3107745218",
            "id" : "3107745218"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/6TwU4TRH4g",
            "expanded_url" : "https://fernhollowyarn.com/wholesale",
            "display_url" : "fernhollowyarn.com/whol…",
            "indices" : [
              "59",
              "82"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "151"
      ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "2245451868283415160",
      "id_str" : "2245502200338079153",
      "in_reply_to_user_id" : "3107745218",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2245502200338079153",
      "in_reply_to_status_id" : "2245451868283415160",
      "possibly_sensitive" : false,
      "created_at" : "Fri Oct 22 11:26:58 +0000 2027",
      "favorited" : false,
      "full_text" : "@yarnloftshop Thanks for asking! Our wholesale sheet is at https://t.co/6TwU4TRH4g and the minimum order is 30 skeins. Happy to send a sample card too.",
      "lang" : "en",
      "in_reply_to_screen_name" : "yarnloftshop",
      "in_reply_to_user_id_str" : "3107745218"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2244894464518239730"
          ],
          "editableUntil" : "2027-10-20T20:12:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "moss",
            "screen_name" : "mossknitter",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "1374410025168605186",
            "id" : "1374410025168605186"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "0",
      "id_str" : "2244894464518239730",
      "truncated" : false,
      "retweet_count" : "143",
      "id" : "2244894464518239730",
      "created_at" : "Wed Oct 20 19:12:03 +0000 2027",
      "favorited" : false,
      "full_text" : "RT @mossknitter: My Tidepool is off the needles! Knit in Low Tide, size 1, and it fits like it was made for me (it was)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2243045352292338985"
          ],
          "editableUntil" : "2027-10-15T17:44:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Betty Kowalczyk",
            "screen_name" : "bettyknitsalot",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "2231450967",
            "id" : "2231450967"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "171"
      ],
      "favorite_count" : "17",
      "in_reply_to_status_id_str" : "2243015155773716723",
      "id_str" : "2243045352292338985",
      "in_reply_to_user_id" : "2231450967",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2243045352292338985",
      "in_reply_to_status_id" : "2243015155773716723",
      "created_at" : "Fri Oct 15 16:44:20 +0000 2027",
      "favorited" : false,
      "full_text" : "@bettyknitsalot So sorry! Tracking shows it stuck at the Brinton sorting centre since Monday. If it hasn't moved by Friday, DM us your order number and we'll send another.",
      "lang" : "en",
      "in_reply_to_screen_name" : "bettyknitsalot",
      "in_reply_to_user_id_str" : "2231450967"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2241857068288678938"
          ],
          "editableUntil" : "2027-10-12T11:02:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "276",
      "id_str" : "2241857068288678938",
      "truncated" : false,
      "retweet_count" : "91",
      "id" : "2241857068288678938",
      "created_at" : "Tue Oct 12 10:02:31 +0000 2027",
      "favorited" : false,
      "full_text" : "Errata for Tidepool, size 4 (46 inch), yoke row 38: it should read k2tog, not ssk. The fixed PDF is already in your account. Sorry, row 38!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2241266502306262685"
          ],
          "editableUntil" : "2027-10-10T19:55:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hollis Transit",
            "screen_name" : "HollisTransit",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1190354477",
            "id" : "1190354477"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "139"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2241261971867164429",
      "id_str" : "2241266502306262685",
      "in_reply_to_user_id" : "1190354477",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2241266502306262685",
      "in_reply_to_status_id" : "2241261971867164429",
      "created_at" : "Sun Oct 10 18:55:49 +0000 2027",
      "favorited" : false,
      "full_text" : "@HollisTransit Is the 9 running on the Sunday schedule tomorrow for the holiday? Trying to get parcels to the post office before it closes.",
      "lang" : "en",
      "in_reply_to_screen_name" : "HollisTransit",
      "in_reply_to_user_id_str" : "1190354477"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2240573846745892309"
          ],
          "editableUntil" : "2027-10-08T22:03:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jonny Vale",
            "screen_name" : "JonnyValeMusic",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "403918852",
            "id" : "403918852"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/cjYZhmyXxx",
            "expanded_url" : "https://fernhollowyarn.com/tidepool",
            "display_url" : "fernhollowyarn.com/tide…",
            "indices" : [
              "109",
              "132"
            ]
          }
        ]
      },
      "display_text_range" : [
        "16",
        "132"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2240561765100061058",
      "id_str" : "2240573846745892309",
      "in_reply_to_user_id" : "403918852",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2240573846745892309",
      "in_reply_to_status_id" : "2240561765100061058",
      "possibly_sensitive" : false,
      "created_at" : "Fri Oct 08 21:03:27 +0000 2027",
      "favorited" : false,
      "full_text" : "@JonnyValeMusic loved the new album 🎶 knitters, the Tidepool Cardigan is out now, perfect for concert season https://t.co/cjYZhmyXxx",
      "lang" : "en",
      "in_reply_to_screen_name" : "JonnyValeMusic",
      "in_reply_to_user_id_str" : "403918852"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2240039484386276417"
          ],
          "editableUntil" : "2027-10-07T10:40:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sam (slow knitter)",
            "screen_name" : "sam_knits_slow",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1660234188912717825",
            "id" : "1660234188912717825"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "155"
      ],
      "favorite_count" : "88",
      "in_reply_to_status_id_str" : "2240023378870597959",
      "id_str" : "2240039484386276417",
      "in_reply_to_user_id" : "1660234188912717825",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2240039484386276417",
      "in_reply_to_status_id" : "2240023378870597959",
      "created_at" : "Thu Oct 07 09:40:05 +0000 2027",
      "favorited" : false,
      "full_text" : "@sam_knits_slow Any worsted with some wool in it will work. We knitted one sample in a supermarket wool-acrylic blend and it came out lovely. Swatch first!",
      "lang" : "en",
      "in_reply_to_screen_name" : "sam_knits_slow",
      "in_reply_to_user_id_str" : "1660234188912717825"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2239715236404971043"
          ],
          "editableUntil" : "2027-10-06T13:11:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rae 🧶",
            "screen_name" : "wooly_rae",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1509837725540921344",
            "id" : "1509837725540921344"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "173"
      ],
      "favorite_count" : "312",
      "in_reply_to_status_id_str" : "2239691327467134633",
      "id_str" : "2239715236404971043",
      "in_reply_to_user_id" : "1509837725540921344",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2239715236404971043",
      "in_reply_to_status_id" : "2239691327467134633",
      "created_at" : "Wed Oct 06 12:11:38 +0000 2027",
      "favorited" : false,
      "full_text" : "@wooly_rae Fair question. Most of the $10 goes to our tech editor and the 12 paid testers. If money's tight, the Eddy Hat pattern on our site is free and uses the same yarn.",
      "lang" : "en",
      "in_reply_to_screen_name" : "wooly_rae",
      "in_reply_to_user_id_str" : "1509837725540921344"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2239433029302078067"
          ],
          "editableUntil" : "2027-10-05T18:30:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TidepoolKAL",
            "indices" : [
              "20",
              "32"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "1102",
      "id_str" : "2239433029302078067",
      "truncated" : false,
      "retweet_count" : "301",
      "id" : "2239433029302078067",
      "created_at" : "Tue Oct 05 17:30:15 +0000 2027",
      "favorited" : false,
      "full_text" : "Knit along with us! #TidepoolKAL starts November 1. Post your progress with the tag, and every Friday we'll draw a winner for a sweater's worth of yarn.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2239395228091980331"
          ],
          "editableUntil" : "2027-10-05T16:00:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/cjYZhmyXxx",
            "expanded_url" : "https://fernhollowyarn.com/tidepool",
            "display_url" : "fernhollowyarn.com/tide…",
            "indices" : [
              "114",
              "137"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "2410",
      "id_str" : "2239395228091980331",
      "truncated" : false,
      "retweet_count" : "530",
      "id" : "2239395228091980331",
      "possibly_sensitive" : false,
      "created_at" : "Tue Oct 05 15:00:02 +0000 2027",
      "favorited" : false,
      "full_text" : "The Tidepool Cardigan is out! Top-down, seamless, 30 to 62 inch chest, worsted weight. $8 until Sunday, then $10. https://t.co/cjYZhmyXxx",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2233990285400933235"
          ],
          "editableUntil" : "2027-09-20T18:02:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "940",
      "id_str" : "2233990285400933235",
      "truncated" : false,
      "retweet_count" : "52",
      "id" : "2233990285400933235",
      "created_at" : "Mon Sep 20 17:02:44 +0000 2027",
      "favorited" : false,
      "full_text" : "Test knitters have finished! 12 cardigans, 9 sizes, 3 spelling mistakes and 1 math error in the size 62 yoke (fixed). Thank you all.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2231775085831365131"
          ],
          "editableUntil" : "2027-09-14T15:20:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Metro Weather Desk",
            "screen_name" : "MetroWeatherDesk",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "611829401",
            "id" : "611829401"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/cjYZhmyXxx",
            "expanded_url" : "https://fernhollowyarn.com/tidepool",
            "display_url" : "fernhollowyarn.com/tide…",
            "indices" : [
              "120",
              "143"
            ]
          }
        ]
      },
      "display_text_range" : [
        "18",
        "143"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2231766278761271778",
      "id_str" : "2231775085831365131",
      "in_reply_to_user_id" : "611829401",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2231775085831365131",
      "in_reply_to_status_id" : "2231766278761271778",
      "possibly_sensitive" : false,
      "created_at" : "Tue Sep 14 14:20:19 +0000 2027",
      "favorited" : false,
      "full_text" : "@MetroWeatherDesk Perfect knitting weather ☔ Stay in and cast on the Tidepool Cardigan, 20% off preorders this weekend: https://t.co/cjYZhmyXxx",
      "lang" : "en",
      "in_reply_to_screen_name" : "MetroWeatherDesk",
      "in_reply_to_user_id_str" : "611829401"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2227746219328584844"
          ],
          "editableUntil" : "2027-09-03T12:31:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "The Hollis Gazette",
            "screen_name" : "hollisgazette",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "842276119",
            "id" : "842276119"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "0",
      "id_str" : "2227746219328584844",
      "truncated" : false,
      "retweet_count" : "47",
      "id" : "2227746219328584844",
      "created_at" : "Fri Sep 03 11:31:02 +0000 2027",
      "favorited" : false,
      "full_text" : "RT @hollisgazette: Route 9 bridge closes overnight Sept 7 to 10 for resurfacing. Detour via Mill Road.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2226270850628282535"
          ],
          "editableUntil" : "2027-08-30T10:48:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Brightbirch Needles",
            "screen_name" : "BrightbirchNeedles",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "3320198745",
            "id" : "3320198745"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "20",
        "153"
      ],
      "favorite_count" : "14",
      "in_reply_to_status_id_str" : "2226195351442523508",
      "id_str" : "2226270850628282535",
      "in_reply_to_user_id" : "3320198745",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2226270850628282535",
      "in_reply_to_status_id" : "2226195351442523508",
      "created_at" : "Mon Aug 30 09:48:27 +0000 2027",
      "favorited" : false,
      "full_text" : "@BrightbirchNeedles Our 4mm interchangeable cable split at the join halfway through the second sample. Is that covered? We've had the set about 8 months.",
      "lang" : "en",
      "in_reply_to_screen_name" : "BrightbirchNeedles",
      "in_reply_to_user_id_str" : "3320198745"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2223421420292574287"
          ],
          "editableUntil" : "2027-08-22T14:05:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Thistle Hill Farm",
            "screen_name" : "thistlehillfarm",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "1288467302771535872",
            "id" : "1288467302771535872"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "0",
      "id_str" : "2223421420292574287",
      "truncated" : false,
      "retweet_count" : "61",
      "id" : "2223421420292574287",
      "created_at" : "Sun Aug 22 13:05:50 +0000 2027",
      "favorited" : false,
      "full_text" : "RT @thistlehillfarm: Shearing day! 38 Corriedale ewes, 212 lbs of fleece, most of it heading to our friends at Fernhollow to become yarn.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2221663428620390045"
          ],
          "editableUntil" : "2027-08-17T17:40:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "1330",
      "id_str" : "2221663428620390045",
      "truncated" : false,
      "retweet_count" : "88",
      "id" : "2221663428620390045",
      "created_at" : "Tue Aug 17 16:40:12 +0000 2027",
      "favorited" : false,
      "full_text" : "Dye day. Forty skeins of Low Tide, our grey-green, going into the pot for the Tidepool samples.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2218667527189726337"
          ],
          "editableUntil" : "2027-08-09T11:15:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gridline Energy",
            "screen_name" : "GridlineEnergy",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "2983314206",
            "id" : "2983314206"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "148"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "2218661989543734200",
      "id_str" : "2218667527189726337",
      "in_reply_to_user_id" : "2983314206",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2218667527189726337",
      "in_reply_to_status_id" : "2218661989543734200",
      "created_at" : "Mon Aug 09 10:15:33 +0000 2027",
      "favorited" : false,
      "full_text" : "@GridlineEnergy Our street (Alder Row, Hollis) has been out since 6am. Any idea when it's back? We've got 40 skeins sitting in a dye pot going cold.",
      "lang" : "en",
      "in_reply_to_screen_name" : "GridlineEnergy",
      "in_reply_to_user_id_str" : "2983314206"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2216978174838528642"
          ],
          "editableUntil" : "2027-08-04T19:22:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Marguerite Osei",
            "screen_name" : "knitsbymarguerite",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "1432918824",
            "id" : "1432918824"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "19",
        "142"
      ],
      "favorite_count" : "23",
      "in_reply_to_status_id_str" : "2216967857794943683",
      "id_str" : "2216978174838528642",
      "in_reply_to_user_id" : "1432918824",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2216978174838528642",
      "in_reply_to_status_id" : "2216967857794943683",
      "created_at" : "Wed Aug 04 18:22:41 +0000 2027",
      "favorited" : false,
      "full_text" : "@knitsbymarguerite Yes please! We especially need testers knitting the 50 inch size and up. Grading the big sizes properly is the whole point.",
      "lang" : "en",
      "in_reply_to_screen_name" : "knitsbymarguerite",
      "in_reply_to_user_id_str" : "1432918824"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2216927197365255469"
          ],
          "editableUntil" : "2027-08-04T16:00:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/gnAz70KUtz",
            "expanded_url" : "https://fernhollowyarn.com/test-knit",
            "display_url" : "fernhollowyarn.com/test…",
            "indices" : [
              "183",
              "206"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "206"
      ],
      "favorite_count" : "812",
      "id_str" : "2216927197365255469",
      "truncated" : false,
      "retweet_count" : "204",
      "id" : "2216927197365255469",
      "possibly_sensitive" : false,
      "created_at" : "Wed Aug 04 15:00:07 +0000 2027",
      "favorited" : false,
      "full_text" : "Pattern news! The Tidepool Cardigan is coming in October: top-down, seamless, sizes 30 to 62 inch chest. We're looking for 12 test knitters, and we pay in yarn and money. Apply here: https://t.co/gnAz70KUtz",
      "lang" : "en"
    }
  }
]
