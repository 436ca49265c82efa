window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2531854707820132348"
          ],
          "editableUntil" : "2029-12-20T16:49:36.000Z",
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
            "name" : "Sam K",
            "screen_name" : "sam_k_art",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1317766298134319104",
            "id" : "1317766298134319104"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "155"
      ],
      "favorite_count" : "63",
      "in_reply_to_status_id_str" : "2531842712112667888",
      "id_str" : "2531854707820132348",
      "in_reply_to_user_id" : "1317766298134319104",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2531854707820132348",
      "in_reply_to_status_id" : "2531842712112667888",
      "created_at" : "Thu Dec 20 15:49:36 +0000 2029",
      "favorited" : false,
      "full_text" : "@sam_k_art Honestly? Most old uprights are worth nothing, and that's fine. If you love it, keep it. If the tuning pins are loose, that's a different story.",
      "lang" : "en",
      "in_reply_to_screen_name" : "sam_k_art",
      "in_reply_to_user_id_str" : "1317766298134319104"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2530831824204829843"
          ],
          "editableUntil" : "2029-12-17T21:05:02.000Z",
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
            "url" : "https://t.co/ALlT1nz8JQ",
            "expanded_url" : "https://adatunes.com/book",
            "display_url" : "adatunes.com/book",
            "indices" : [
              "100",
              "123"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "29",
      "id_str" : "2530831824204829843",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2530831824204829843",
      "created_at" : "Mon Dec 17 20:05:02 +0000 2029",
      "favorited" : false,
      "possibly_sensitive" : false,
      "full_text" : "Prices for 2030: $150 in Kelby from January 1. Anything booked before then keeps this year's price: https://t.co/ALlT1nz8JQ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2528887339926771405"
          ],
          "editableUntil" : "2029-12-12T12:18:20.000Z",
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
        "140"
      ],
      "favorite_count" : "41",
      "id_str" : "2528887339926771405",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2528887339926771405",
      "created_at" : "Wed Dec 12 11:18:20 +0000 2029",
      "favorited" : false,
      "full_text" : "No tunings between December 24 and January 1. Booking for January opens Monday. Happy holidays, and keep your pianos away from the radiator.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2527850119401606035"
          ],
          "editableUntil" : "2029-12-09T15:36:48.000Z",
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
            "name" : "Morgan Hale",
            "screen_name" : "morgan_tunes",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "921144875660136448",
            "id" : "921144875660136448"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "108"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "2527819920411604869",
      "id_str" : "2527850119401606035",
      "in_reply_to_user_id" : "921144875660136448",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2527850119401606035",
      "in_reply_to_status_id" : "2527819920411604869",
      "created_at" : "Sun Dec 09 14:36:48 +0000 2029",
      "favorited" : false,
      "full_text" : "@morgan_tunes Hammer felt from the supplier in Leeds is back in stock, fyi. Order before they run out again.",
      "lang" : "en",
      "in_reply_to_screen_name" : "morgan_tunes",
      "in_reply_to_user_id_str" : "921144875660136448"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2526313877577339153"
          ],
          "editableUntil" : "2029-12-05T09:52:19.000Z",
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
        "165"
      ],
      "favorite_count" : "1204",
      "id_str" : "2526313877577339153",
      "truncated" : false,
      "retweet_count" : "39",
      "id" : "2526313877577339153",
      "created_at" : "Wed Dec 05 08:52:19 +0000 2029",
      "favorited" : false,
      "full_text" : "My dad, also a tuner, would have been 80 today. He tuned by ear and thought electronic tuners were cheating. I use one, and I think of him every time I switch it on.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2524913549526088885"
          ],
          "editableUntil" : "2029-12-01T13:07:55.000Z",
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
            "name" : "Jen",
            "screen_name" : "tiredmom_jen",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1592333784157954048",
            "id" : "1592333784157954048"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Cz7pcWJIoG",
            "expanded_url" : "https://adatunes.com/book",
            "display_url" : "adatunes.com/book",
            "indices" : [
              "107",
              "130"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "130"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2524903856490230257",
      "id_str" : "2524913549526088885",
      "in_reply_to_user_id" : "1592333784157954048",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2524913549526088885",
      "in_reply_to_status_id" : "2524903856490230257",
      "created_at" : "Sat Dec 01 12:07:55 +0000 2029",
      "favorited" : false,
      "possibly_sensitive" : false,
      "full_text" : "@tiredmom_jen It might be the piano! An out-of-tune piano is no fun to practise on. I have December slots: https://t.co/Cz7pcWJIoG",
      "lang" : "en",
      "in_reply_to_screen_name" : "tiredmom_jen",
      "in_reply_to_user_id_str" : "1592333784157954048"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2523572905496824743"
          ],
          "editableUntil" : "2029-11-27T20:20:41.000Z",
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
            "name" : "Priya Mehta",
            "screen_name" : "priyamehta_",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1644170218963554304",
            "id" : "1644170218963554304"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "112"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "2523556669345934609",
      "id_str" : "2523572905496824743",
      "in_reply_to_user_id" : "1644170218963554304",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2523572905496824743",
      "in_reply_to_status_id" : "2523556669345934609",
      "created_at" : "Tue Nov 27 19:20:41 +0000 2029",
      "favorited" : false,
      "full_text" : "@priyamehta_ So glad it's singing again! If the sticky C comes back, call me; that repair is covered for a year.",
      "lang" : "en",
      "in_reply_to_screen_name" : "priyamehta_",
      "in_reply_to_user_id_str" : "1644170218963554304"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2522449892078904985"
          ],
          "editableUntil" : "2029-11-24T17:58:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "276",
      "id_str" : "2522449892078904985",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2522449892078904985",
      "created_at" : "Sat Nov 24 16:58:13 +0000 2029",
      "favorited" : false,
      "full_text" : "Spent the morning replacing 34 bass strings on a 1930s grand. My forearms have resigned.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2521253822432435293"
          ],
          "editableUntil" : "2029-11-21T10:45:28.000Z",
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
            "name" : "Eastside Library",
            "screen_name" : "eastsidelib",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "1089471025937563648",
            "id" : "1089471025937563648"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "0",
      "id_str" : "2521253822432435293",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2521253822432435293",
      "created_at" : "Wed Nov 21 09:45:28 +0000 2029",
      "favorited" : false,
      "full_text" : "RT @eastsidelib: Eastside Library will be closed Wednesday, November 28 for new flooring. Book drops stay open.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2520299440707663573"
          ],
          "editableUntil" : "2029-11-18T19:33:06.000Z",
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
            "name" : "Kelby FC",
            "screen_name" : "KelbyFC",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "262190543",
            "id" : "262190543"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/CPs8A6IoD6",
            "expanded_url" : "https://adatunes.com/gift",
            "display_url" : "adatunes.com/gift",
            "indices" : [
              "96",
              "119"
            ]
          }
        ]
      },
      "display_text_range" : [
        "9",
        "119"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2520296945096811913",
      "id_str" : "2520299440707663573",
      "in_reply_to_user_id" : "262190543",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2520299440707663573",
      "in_reply_to_status_id" : "2520296945096811913",
      "created_at" : "Sun Nov 18 18:33:06 +0000 2029",
      "favorited" : false,
      "possibly_sensitive" : false,
      "full_text" : "@KelbyFC What a goal! By the way, piano tuning gift certificates make great Christmas presents: https://t.co/CPs8A6IoD6",
      "lang" : "en",
      "in_reply_to_screen_name" : "KelbyFC",
      "in_reply_to_user_id_str" : "262190543"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2519448433840196812"
          ],
          "editableUntil" : "2029-11-16T11:11:30.000Z",
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
            "url" : "https://t.co/c5WBZb1e4Q",
            "expanded_url" : "https://adatunes.com/gift",
            "display_url" : "adatunes.com/gift",
            "indices" : [
              "90",
              "113"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "51",
      "id_str" : "2519448433840196812",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2519448433840196812",
      "created_at" : "Fri Nov 16 10:11:30 +0000 2029",
      "favorited" : false,
      "possibly_sensitive" : false,
      "full_text" : "Gift certificates for a tuning are a real thing, and I will wrap them in old sheet music. https://t.co/c5WBZb1e4Q",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2518172389141814019"
          ],
          "editableUntil" : "2029-11-12T22:40:57.000Z",
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
            "name" : "Rory 🎺",
            "screen_name" : "brassandbone",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1389903271802208257",
            "id" : "1389903271802208257"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "175"
      ],
      "favorite_count" : "88",
      "in_reply_to_status_id_str" : "2518119473798838024",
      "id_str" : "2518172389141814019",
      "in_reply_to_user_id" : "1389903271802208257",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2518172389141814019",
      "in_reply_to_status_id" : "2518119473798838024",
      "created_at" : "Mon Nov 12 21:40:57 +0000 2029",
      "favorited" : false,
      "full_text" : "@brassandbone Fair question. It's closer to two hours, plus the drive, 25 years of practice and tools that cost more than my first car. But I get that it's a lot for a family.",
      "lang" : "en",
      "in_reply_to_screen_name" : "brassandbone",
      "in_reply_to_user_id_str" : "1389903271802208257"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2516652823600029354"
          ],
          "editableUntil" : "2029-11-08T18:02:44.000Z",
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
            "name" : "Old Mill Hall",
            "screen_name" : "OldMillHall",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "741902265388306432",
            "id" : "741902265388306432"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "117"
      ],
      "favorite_count" : "45",
      "in_reply_to_status_id_str" : "2516634347691771688",
      "id_str" : "2516652823600029354",
      "in_reply_to_user_id" : "741902265388306432",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2516652823600029354",
      "in_reply_to_status_id" : "2516634347691771688",
      "created_at" : "Thu Nov 08 17:02:44 +0000 2029",
      "favorited" : false,
      "full_text" : "@OldMillHall Honoured to be looking after the hall's concert grand. Come and hear it at the reopening tomorrow night.",
      "lang" : "en",
      "in_reply_to_screen_name" : "OldMillHall",
      "in_reply_to_user_id_str" : "741902265388306432"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2514786133263754236"
          ],
          "editableUntil" : "2029-11-03T14:25:11.000Z",
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
            "name" : "Leo Marchetti",
            "screen_name" : "leo_cello",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "3318024109",
            "id" : "3318024109"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "50"
      ],
      "favorite_count" : "12",
      "in_reply_to_status_id_str" : "2514781649555896254",
      "id_str" : "2514786133263754236",
      "in_reply_to_user_id" : "3318024109",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2514786133263754236",
      "in_reply_to_status_id" : "2514781649555896254",
      "created_at" : "Sat Nov 03 13:25:11 +0000 2029",
      "favorited" : false,
      "full_text" : "@leo_cello Congratulations!! Front row, obviously.",
      "lang" : "en",
      "in_reply_to_screen_name" : "leo_cello",
      "in_reply_to_user_id_str" : "3318024109"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2513438367208486490"
          ],
          "editableUntil" : "2029-10-30T21:09:38.000Z",
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
            "name" : "Tash",
            "screen_name" : "newinkelby",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1830267140553039872",
            "id" : "1830267140553039872"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/iHAV8HrLqV",
            "expanded_url" : "https://adatunes.com/book",
            "display_url" : "adatunes.com/book",
            "indices" : [
              "137",
              "160"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "160"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "2513405160904725127",
      "id_str" : "2513438367208486490",
      "in_reply_to_user_id" : "1830267140553039872",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2513438367208486490",
      "in_reply_to_status_id" : "2513405160904725127",
      "created_at" : "Tue Oct 30 20:09:38 +0000 2029",
      "favorited" : false,
      "possibly_sensitive" : false,
      "full_text" : "@newinkelby Hi! That's me. Movers are hard on uprights, so it may need two visits. I'm booked until the 20th but have a gap on the 22nd: https://t.co/iHAV8HrLqV",
      "lang" : "en",
      "in_reply_to_screen_name" : "newinkelby",
      "in_reply_to_user_id_str" : "1830267140553039872"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2511500151277720436"
          ],
          "editableUntil" : "2029-10-25T12:47:52.000Z",
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
        "199"
      ],
      "favorite_count" : "590",
      "id_str" : "2511500151277720436",
      "truncated" : false,
      "retweet_count" : "244",
      "id" : "2511500151277720436",
      "created_at" : "Thu Oct 25 11:47:52 +0000 2029",
      "favorited" : false,
      "full_text" : "Someone is phoning older piano owners around Kelby saying they're \"from the piano registry\" and asking for a $60 inspection fee. There is no piano registry. Please tell your parents and grandparents.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2510464973322973487"
          ],
          "editableUntil" : "2029-10-22T16:14:26.000Z",
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
        "196"
      ],
      "favorite_count" : "64",
      "id_str" : "2510464973322973487",
      "truncated" : false,
      "retweet_count" : "21",
      "id" : "2510464973322973487",
      "created_at" : "Mon Oct 22 15:14:26 +0000 2029",
      "favorited" : false,
      "full_text" : "Free evening at Eastside Library on Wednesday, November 14, 6:30pm: \"Looking after your own piano\". What you can do yourself, what you shouldn't, and when to call someone like me. Bring questions.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2508551255790267582"
          ],
          "editableUntil" : "2029-10-17T09:30:00.000Z",
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
            "name" : "Kelby News Desk",
            "screen_name" : "KelbyNewsDesk",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1205561187223310336",
            "id" : "1205561187223310336"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "107"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2508536617665812681",
      "id_str" : "2508551255790267582",
      "in_reply_to_user_id" : "1205561187223310336",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2508551255790267582",
      "in_reply_to_status_id" : "2508536617665812681",
      "created_at" : "Wed Oct 17 08:30:00 +0000 2029",
      "favorited" : false,
      "full_text" : "@KelbyNewsDesk Awful news, thinking of them. On a lighter note, tunings are $140 this month, DM me to book.",
      "lang" : "en",
      "in_reply_to_screen_name" : "KelbyNewsDesk",
      "in_reply_to_user_id_str" : "1205561187223310336"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2506896730134281890"
          ],
          "editableUntil" : "2029-10-12T19:55:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "331",
      "id_str" : "2506896730134281890",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2506896730134281890",
      "created_at" : "Fri Oct 12 18:55:31 +0000 2029",
      "favorited" : false,
      "full_text" : "Met a boy at the school today whose grandmother I tuned for in 2011. He plays better than she did. Please don't tell her.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2505408063987951663"
          ],
          "editableUntil" : "2029-10-08T17:20:05.000Z",
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
            "name" : "The Kelby Courier",
            "screen_name" : "KelbyCourier",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "118293650",
            "id" : "118293650"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/BmZFyZqAFa",
            "expanded_url" : "https://kelbycourier.com/news/2029/10/08/old-mill-hall-reopens",
            "display_url" : "kelbycourier.com/news/2…",
            "indices" : [
              "99",
              "122"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "0",
      "id_str" : "2505408063987951663",
      "truncated" : false,
      "retweet_count" : "88",
      "id" : "2505408063987951663",
      "created_at" : "Mon Oct 08 16:20:05 +0000 2029",
      "favorited" : false,
      "possibly_sensitive" : false,
      "full_text" : "RT @KelbyCourier: The Old Mill concert hall will reopen on November 9 after three years of repairs https://t.co/BmZFyZqAFa",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2503541826114080156"
          ],
          "editableUntil" : "2029-10-03T13:44:19.000Z",
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
        "199"
      ],
      "favorite_count" : "22",
      "id_str" : "2503541826114080156",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2503541826114080156",
      "created_at" : "Wed Oct 03 12:44:19 +0000 2029",
      "favorited" : false,
      "full_text" : "New this season: I now install under-soundboard humidity systems, for pianos that live near radiators or in old houses that breathe a lot. $450 installed, and it pays for itself in tunings that hold.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2502187739352097569"
          ],
          "editableUntil" : "2029-09-29T20:03:40.000Z",
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
            "name" : "Jess 🍰",
            "screen_name" : "jess_bakes_",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1712094467712606208",
            "id" : "1712094467712606208"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/R7UbVsfor2",
            "expanded_url" : "https://adatunes.com/book",
            "display_url" : "adatunes.com/book",
            "indices" : [
              "104",
              "127"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "127"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2502163403998001104",
      "id_str" : "2502187739352097569",
      "in_reply_to_user_id" : "1712094467712606208",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2502187739352097569",
      "in_reply_to_status_id" : "2502163403998001104",
      "created_at" : "Sat Sep 29 19:03:40 +0000 2029",
      "favorited" : false,
      "possibly_sensitive" : false,
      "full_text" : "@jess_bakes_ That looks amazing! Also, if anyone in Kelby needs a piano tuned, I'm booking October now: https://t.co/R7UbVsfor2",
      "lang" : "en",
      "in_reply_to_screen_name" : "jess_bakes_",
      "in_reply_to_user_id_str" : "1712094467712606208"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2500246849437904942"
          ],
          "editableUntil" : "2029-09-24T11:31:15.000Z",
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
            "name" : "Northline Rail",
            "screen_name" : "NorthlineRail",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "2901377515",
            "id" : "2901377515"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "70"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "2500240528622155485",
      "id_str" : "2500246849437904942",
      "in_reply_to_user_id" : "2901377515",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2500246849437904942",
      "in_reply_to_status_id" : "2500240528622155485",
      "created_at" : "Mon Sep 24 10:31:15 +0000 2029",
      "favorited" : false,
      "full_text" : "@NorthlineRail Thanks, I've filled in the form. Not holding my breath.",
      "lang" : "en",
      "in_reply_to_screen_name" : "NorthlineRail",
      "in_reply_to_user_id_str" : "2901377515"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2500193191166940947"
          ],
          "editableUntil" : "2029-09-24T07:58:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Northline Rail",
            "screen_name" : "NorthlineRail",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "2901377515",
            "id" : "2901377515"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "19",
      "id_str" : "2500193191166940947",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2500193191166940947",
      "created_at" : "Mon Sep 24 06:58:02 +0000 2029",
      "favorited" : false,
      "full_text" : "@NorthlineRail Third time this month the 7:42 from Kelby has been cancelled without an announcement. There's a piano in Ashford waiting for me at 9.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2498415160593021951"
          ],
          "editableUntil" : "2029-09-19T10:12:47.000Z",
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
        "145"
      ],
      "favorite_count" : "402",
      "id_str" : "2498415160593021951",
      "truncated" : false,
      "retweet_count" : "57",
      "id" : "2498415160593021951",
      "created_at" : "Wed Sep 19 09:12:47 +0000 2029",
      "favorited" : false,
      "full_text" : "Hot take: a digital piano is a perfectly good first instrument for a kid. I say this as someone whose income depends entirely on acoustic pianos.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2496414063940236851"
          ],
          "editableUntil" : "2029-09-13T21:41:08.000Z",
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
            "name" : "Marcus Bell",
            "screen_name" : "marcus_plays",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1498820371635216384",
            "id" : "1498820371635216384"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "170"
      ],
      "favorite_count" : "27",
      "in_reply_to_status_id_str" : "2496403322326972812",
      "id_str" : "2496414063940236851",
      "in_reply_to_user_id" : "1498820371635216384",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2496414063940236851",
      "in_reply_to_status_id" : "2496403322326972812",
      "created_at" : "Thu Sep 13 20:41:08 +0000 2029",
      "favorited" : false,
      "full_text" : "@marcus_plays Twice a year for a piano that gets played a lot, once a year if it lives in a stable room and nobody's fussy. Radiators and open windows are the real enemy.",
      "lang" : "en",
      "in_reply_to_screen_name" : "marcus_plays",
      "in_reply_to_user_id_str" : "1498820371635216384"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2495589734123078164"
          ],
          "editableUntil" : "2029-09-11T15:05:33.000Z",
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
            "url" : "https://t.co/dLP9UJkQLa",
            "expanded_url" : "https://adatunes.com/book",
            "display_url" : "adatunes.com/book",
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
      "favorite_count" : "38",
      "id_str" : "2495589734123078164",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2495589734123078164",
      "created_at" : "Tue Sep 11 14:05:33 +0000 2029",
      "favorited" : false,
      "possibly_sensitive" : false,
      "full_text" : "Booking for autumn now. Tunings are $140 in Kelby, $160 past the river, and holiday concerts fill the calendar fast: https://t.co/dLP9UJkQLa",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2493102500634252246"
          ],
          "editableUntil" : "2029-09-04T18:22:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "214",
      "id_str" : "2493102500634252246",
      "truncated" : false,
      "retweet_count" : "31",
      "id" : "2493102500634252246",
      "created_at" : "Tue Sep 04 17:22:10 +0000 2029",
      "favorited" : false,
      "full_text" : "Tuned a 1921 upright today. Inside, a pencil note from its previous tuner, dated 1968: \"Hammers need replacing.\" They still do.",
      "lang" : "en"
    }
  }
]
