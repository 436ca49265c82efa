window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2681933883216548478"
          ],
          "editableUntil" : "2031-02-07T20:10:40.337Z",
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
        "61"
      ],
      "favorite_count" : "310",
      "id_str" : "2681933883216548478",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2681933883216548478",
      "created_at" : "Fri Feb 07 19:10:40 +0000 2031",
      "favorited" : false,
      "full_text" : "Back's sore, van's full of mud, eleven horses done. Good day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2680472132892213833"
          ],
          "editableUntil" : "2031-02-03T19:22:11.902Z",
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
            "name" : "Emma ✨",
            "screen_name" : "trailrider_emma",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1478991719166762103",
            "id" : "1478991719166762103"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "176"
      ],
      "favorite_count" : "22",
      "in_reply_to_status_id_str" : "2680447218726854614",
      "id_str" : "2680472132892213833",
      "in_reply_to_user_id" : "1478991719166762103",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2680472132892213833",
      "in_reply_to_status_id" : "2680447218726854614",
      "created_at" : "Mon Feb 03 18:22:11 +0000 2031",
      "favorited" : false,
      "full_text" : "@trailrider_emma Whatever fits your horse's foot shape. Measure straight after a trim, width and length, and try them on before you buy. A boot that rubs is worse than no boot.",
      "lang" : "en",
      "in_reply_to_screen_name" : "trailrider_emma",
      "in_reply_to_user_id_str" : "1478991719166762103"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2678641015450674107"
          ],
          "editableUntil" : "2031-01-29T18:05:59.483Z",
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
        "134"
      ],
      "favorite_count" : "1204",
      "id_str" : "2678641015450674107",
      "truncated" : false,
      "retweet_count" : "96",
      "id" : "2678641015450674107",
      "created_at" : "Wed Jan 29 17:05:59 +0000 2031",
      "favorited" : false,
      "full_text" : "Toffee the Connemara turned 32 today. His owner brought a carrot cake. He ate the carrots off the top and left the rest. Sensible man.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2676771058962435514"
          ],
          "editableUntil" : "2031-01-24T14:15:27.115Z",
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
            "name" : "Lou's Dog Grooming",
            "screen_name" : "lou_grooms",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "854343403678176483",
            "id" : "854343403678176483"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/fQBx7YRAh2",
            "expanded_url" : "https://niamhfarrier.ie/book",
            "display_url" : "niamhfarrier.ie/book",
            "indices" : [
              "47",
              "70"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "72"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2676747151430186176",
      "id_str" : "2676771058962435514",
      "in_reply_to_user_id" : "854343403678176483",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2676771058962435514",
      "in_reply_to_status_id" : "2676747151430186176",
      "created_at" : "Fri Jan 24 13:15:27 +0000 2031",
      "favorited" : false,
      "possibly_sensitive" : false,
      "full_text" : "@lou_grooms Not dogs, but I do horses! Book at https://t.co/fQBx7YRAh2 🐴",
      "lang" : "en",
      "in_reply_to_screen_name" : "lou_grooms",
      "in_reply_to_user_id_str" : "854343403678176483"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2675269945435749689"
          ],
          "editableUntil" : "2031-01-20T10:50:33.760Z",
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
            "name" : "Máiréad Hunt",
            "screen_name" : "mairead_hunter",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "312579652140455304",
            "id" : "312579652140455304"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "145"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "2675256607545669300",
      "id_str" : "2675269945435749689",
      "in_reply_to_user_id" : "312579652140455304",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2675269945435749689",
      "in_reply_to_status_id" : "2675256607545669300",
      "created_at" : "Mon Jan 20 09:50:33 +0000 2031",
      "favorited" : false,
      "full_text" : "@mairead_hunter If a shoe comes off within a week of fitting I'll come back and reset it for free. Text me when suits and I'll swing by Thursday.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mairead_hunter",
      "in_reply_to_user_id_str" : "312579652140455304"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2673249530906100003"
          ],
          "editableUntil" : "2031-01-14T21:02:09.399Z",
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
            "name" : "Ciarán",
            "screen_name" : "ciaran_forge",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1206504470736140066",
            "id" : "1206504470736140066"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "187"
      ],
      "favorite_count" : "96",
      "in_reply_to_status_id_str" : "2673200960866436398",
      "id_str" : "2673249530906100003",
      "in_reply_to_user_id" : "1206504470736140066",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2673249530906100003",
      "in_reply_to_status_id" : "2673200960866436398",
      "created_at" : "Tue Jan 14 20:02:09 +0000 2031",
      "favorited" : false,
      "full_text" : "@ciaran_forge Do the course, then get under as many horses as you can with a good farrier. Come out with me for a day in spring if you want to see whether you like it. Bring a back brace.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ciaran_forge",
      "in_reply_to_user_id_str" : "1206504470736140066"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2671823795888605030"
          ],
          "editableUntil" : "2031-01-10T22:36:47.682Z",
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
            "name" : "Pat Moloney",
            "screen_name" : "pat_moloney_clare",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "1081772727464686484",
            "id" : "1081772727464686484"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "19",
        "141"
      ],
      "favorite_count" : "48",
      "in_reply_to_status_id_str" : "2671814736193776135",
      "id_str" : "2671823795888605030",
      "in_reply_to_user_id" : "1081772727464686484",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2671823795888605030",
      "in_reply_to_status_id" : "2671814736193776135",
      "created_at" : "Fri Jan 10 21:36:47 +0000 2031",
      "favorited" : false,
      "full_text" : "@pat_moloney_clare I know, Pat. I held it for two years. If it's a stretch, ask me about spacing trims out a bit; some horses can go 8 weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "pat_moloney_clare",
      "in_reply_to_user_id_str" : "1081772727464686484"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2671769238573361338"
          ],
          "editableUntil" : "2031-01-10T19:00:00.204Z",
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
            "url" : "https://t.co/y2rMWr5PQE",
            "expanded_url" : "https://niamhfarrier.ie/book",
            "display_url" : "niamhfarrier.ie/book",
            "indices" : [
              "152",
              "175"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "175"
      ],
      "favorite_count" : "73",
      "id_str" : "2671769238573361338",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "2671769238573361338",
      "created_at" : "Fri Jan 10 18:00:00 +0000 2031",
      "favorited" : false,
      "possibly_sensitive" : false,
      "full_text" : "Prices from 1 February: trim €50, full set €130. Sorry. Steel went up 18% last year and so did diesel. Anything booked before then keeps the old price: https://t.co/y2rMWr5PQE",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2670934816463949386"
          ],
          "editableUntil" : "2031-01-08T11:44:18.471Z",
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
            "name" : "Field & Furrow",
            "screen_name" : "FieldAndFurrow",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1109593262155476770",
            "id" : "1109593262155476770"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/qCxcjulexV",
            "expanded_url" : "https://fieldandfurrow.ie/news/2031/01/08/farrier-shortage-west-waiting-lists",
            "display_url" : "fieldandfurrow.ie/news/…",
            "indices" : [
              "116",
              "139"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "2670934816463949386",
      "truncated" : false,
      "retweet_count" : "77",
      "id" : "2670934816463949386",
      "created_at" : "Wed Jan 08 10:44:18 +0000 2031",
      "favorited" : false,
      "possibly_sensitive" : false,
      "full_text" : "RT @FieldAndFurrow: Farrier shortage hits the west: owners in Clare and Galway waiting up to five weeks for a visit https://t.co/qCxcjulexV",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2670264597920234693"
          ],
          "editableUntil" : "2031-01-06T15:21:05.918Z",
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
            "name" : "Sinéad 💍",
            "screen_name" : "sinead_weds",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "967989150618757509",
            "id" : "967989150618757509"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/aTVGg8Haqg",
            "expanded_url" : "https://niamhfarrier.ie/book",
            "display_url" : "niamhfarrier.ie/book",
            "indices" : [
              "135",
              "158"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "158"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2670211749689759636",
      "id_str" : "2670264597920234693",
      "in_reply_to_user_id" : "967989150618757509",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2670264597920234693",
      "in_reply_to_status_id" : "2670211749689759636",
      "created_at" : "Mon Jan 06 14:21:05 +0000 2031",
      "favorited" : false,
      "possibly_sensitive" : false,
      "full_text" : "@sinead_weds Beautiful! Planning a horse-and-carriage entrance for the next one? Get the horse's feet done first, I do wedding horses: https://t.co/aTVGg8Haqg",
      "lang" : "en",
      "in_reply_to_screen_name" : "sinead_weds",
      "in_reply_to_user_id_str" : "967989150618757509"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2664121395584540654"
          ],
          "editableUntil" : "2030-12-20T16:30:12.346Z",
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
            "url" : "https://t.co/7ptmhlbYqI",
            "expanded_url" : "https://niamhfarrier.ie/book",
            "display_url" : "niamhfarrier.ie/book",
            "indices" : [
              "129",
              "152"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "19",
      "id_str" : "2664121395584540654",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2664121395584540654",
      "created_at" : "Fri Dec 20 15:30:12 +0000 2030",
      "favorited" : false,
      "possibly_sensitive" : false,
      "full_text" : "Closed 24 December to 2 January. Emergencies only (lost shoe before a hunt, lameness): text 555 0129. January bookings are open: https://t.co/7ptmhlbYqI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2663099233972354513"
          ],
          "editableUntil" : "2030-12-17T20:48:30.027Z",
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
            "name" : "Joanne",
            "screen_name" : "joanne_hacks",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "701682870655743800",
            "id" : "701682870655743800"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "198"
      ],
      "favorite_count" : "38",
      "in_reply_to_status_id_str" : "2663061485236165853",
      "id_str" : "2663099233972354513",
      "in_reply_to_user_id" : "701682870655743800",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2663099233972354513",
      "in_reply_to_status_id" : "2663061485236165853",
      "created_at" : "Tue Dec 17 19:48:30 +0000 2030",
      "favorited" : false,
      "full_text" : "@joanne_hacks It's an infection that eats into the hoof wall from underneath, where the wall meets the sole. Looks like crumbly chalk. Get your farrier to open it up and let air in; it hates oxygen.",
      "lang" : "en",
      "in_reply_to_screen_name" : "joanne_hacks",
      "in_reply_to_user_id_str" : "701682870655743800"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2662197604727431111"
          ],
          "editableUntil" : "2030-12-15T09:05:44.863Z",
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
        "114"
      ],
      "favorite_count" : "140",
      "id_str" : "2662197604727431111",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2662197604727431111",
      "created_at" : "Sun Dec 15 08:05:44 +0000 2030",
      "favorited" : false,
      "full_text" : "Minus four in the yard this morning. The anvil was so cold it stung through the gloves. Kettle first, then horses.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2660807027871900287"
          ],
          "editableUntil" : "2030-12-11T13:00:05.505Z",
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
            "url" : "https://t.co/MS9UIKI6Tc",
            "expanded_url" : "https://niamhfarrier.ie/vouchers",
            "display_url" : "niamhfarrier.ie/voucher…",
            "indices" : [
              "139",
              "162"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "162"
      ],
      "favorite_count" : "27",
      "id_str" : "2660807027871900287",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2660807027871900287",
      "created_at" : "Wed Dec 11 12:00:05 +0000 2030",
      "favorited" : false,
      "possibly_sensitive" : false,
      "full_text" : "Gift vouchers for the horsey person in your life: a trim, a full set or a one-hour hoof-care lesson for a new owner. Emailed the same day: https://t.co/MS9UIKI6Tc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2660166119954236462"
          ],
          "editableUntil" : "2030-12-09T18:33:21.150Z",
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
            "name" : "Brendan Kilkelly",
            "screen_name" : "farrierbrendan",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "408227293383817848",
            "id" : "408227293383817848"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "117"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "2660139192522166479",
      "id_str" : "2660166119954236462",
      "in_reply_to_user_id" : "408227293383817848",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2660166119954236462",
      "in_reply_to_status_id" : "2660139192522166479",
      "created_at" : "Mon Dec 09 17:33:21 +0000 2030",
      "favorited" : false,
      "full_text" : "@farrierbrendan Try a finer rasp on that mare's hinds, she hates the buzz of a coarse one. Worked for me last winter.",
      "lang" : "en",
      "in_reply_to_screen_name" : "farrierbrendan",
      "in_reply_to_user_id_str" : "408227293383817848"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2658767326233716724"
          ],
          "editableUntil" : "2030-12-05T21:55:02.739Z",
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
            "name" : "Aoife Ní Bhriain",
            "screen_name" : "aoife_eventing",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "602243123136444313",
            "id" : "602243123136444313"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "86"
      ],
      "favorite_count" : "23",
      "in_reply_to_status_id_str" : "2658746186942611996",
      "id_str" : "2658767326233716724",
      "in_reply_to_user_id" : "602243123136444313",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2658767326233716724",
      "in_reply_to_status_id" : "2658746186942611996",
      "created_at" : "Thu Dec 05 20:55:02 +0000 2030",
      "favorited" : false,
      "full_text" : "@aoife_eventing Clear round! Told you that mare had it in her. Delighted for you both.",
      "lang" : "en",
      "in_reply_to_screen_name" : "aoife_eventing",
      "in_reply_to_user_id_str" : "602243123136444313"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2657531413921314174"
          ],
          "editableUntil" : "2030-12-02T12:03:58.281Z",
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
            "name" : "Estuary News",
            "screen_name" : "EstuaryNewsdesk",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "898493808561907654",
            "id" : "898493808561907654"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/W3kFjJE0RV",
            "expanded_url" : "https://niamhfarrier.ie/book",
            "display_url" : "niamhfarrier.ie/book",
            "indices" : [
              "104",
              "127"
            ]
          }
        ]
      },
      "display_text_range" : [
        "17",
        "127"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2657485108803569512",
      "id_str" : "2657531413921314174",
      "in_reply_to_user_id" : "898493808561907654",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2657531413921314174",
      "in_reply_to_status_id" : "2657485108803569512",
      "created_at" : "Mon Dec 02 11:03:58 +0000 2030",
      "favorited" : false,
      "possibly_sensitive" : false,
      "full_text" : "@EstuaryNewsdesk Stay safe everyone! Remember to book your horse's spring shoeing early, slots go fast: https://t.co/W3kFjJE0RV",
      "lang" : "en",
      "in_reply_to_screen_name" : "EstuaryNewsdesk",
      "in_reply_to_user_id_str" : "898493808561907654"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2656053815718680830"
          ],
          "editableUntil" : "2030-11-28T10:12:31.417Z",
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
            "name" : "Kat Brennan",
            "screen_name" : "kat_in_kilrush",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1064670582055528992",
            "id" : "1064670582055528992"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/6K8PDGn085",
            "expanded_url" : "https://niamhfarrier.ie/book",
            "display_url" : "niamhfarrier.ie/book",
            "indices" : [
              "151",
              "174"
            ]
          }
        ]
      },
      "display_text_range" : [
        "16",
        "192"
      ],
      "favorite_count" : "12",
      "in_reply_to_status_id_str" : "2656013298740579617",
      "id_str" : "2656053815718680830",
      "in_reply_to_user_id" : "1064670582055528992",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2656053815718680830",
      "in_reply_to_status_id" : "2656013298740579617",
      "created_at" : "Thu Nov 28 09:12:31 +0000 2030",
      "favorited" : false,
      "possibly_sensitive" : false,
      "full_text" : "@kat_in_kilrush Hi Kat, welcome! I cover Kilrush on Tuesdays. Trim €45, and on a first visit I'll look over all four feet of both for free. Book here: https://t.co/6K8PDGn085 or text 555 0129.",
      "lang" : "en",
      "in_reply_to_screen_name" : "kat_in_kilrush",
      "in_reply_to_user_id_str" : "1064670582055528992"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2655436788186827291"
          ],
          "editableUntil" : "2030-11-26T17:20:40.590Z",
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
        "155"
      ],
      "favorite_count" : "530",
      "id_str" : "2655436788186827291",
      "truncated" : false,
      "retweet_count" : "47",
      "id" : "2655436788186827291",
      "created_at" : "Tue Nov 26 16:20:40 +0000 2030",
      "favorited" : false,
      "full_text" : "A seven-year-old at the yard today asked if shoeing hurts the horse. Showed her the hoof wall is like a fingernail. She then asked if I'd do her nails. No.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2654082986209235277"
          ],
          "editableUntil" : "2030-11-22T23:41:09.046Z",
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
            "name" : "Dermot",
            "screen_name" : "the_real_dermot",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1548181175807584614",
            "id" : "1548181175807584614"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "161"
      ],
      "favorite_count" : "211",
      "in_reply_to_status_id_str" : "2654060840281953171",
      "id_str" : "2654082986209235277",
      "in_reply_to_user_id" : "1548181175807584614",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2654082986209235277",
      "in_reply_to_status_id" : "2654060840281953171",
      "created_at" : "Fri Nov 22 22:41:09 +0000 2030",
      "favorited" : false,
      "full_text" : "@the_real_dermot Steel, nails, ninety minutes bent under a horse, a van, insurance, and a back that'll be done by 55. I'd rather you asked than grumbled, though.",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_real_dermot",
      "in_reply_to_user_id_str" : "1548181175807584614"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2653291213711202141"
          ],
          "editableUntil" : "2030-11-20T19:14:55.772Z",
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
        "190"
      ],
      "favorite_count" : "64",
      "id_str" : "2653291213711202141",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "2653291213711202141",
      "created_at" : "Wed Nov 20 18:14:55 +0000 2030",
      "favorited" : false,
      "full_text" : "New this winter: free hoof-care talks for pony clubs in Clare. An hour, plenty of hooves to look at, questions welcome. Clubs just cover the tea. Email niamh@niamhfarrier.ie to book a night.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2652479634116723961"
          ],
          "editableUntil" : "2030-11-18T13:30:00.118Z",
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
            "name" : "West Horse Welfare",
            "screen_name" : "WestHorseWelfare",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "1139842885670313624",
            "id" : "1139842885670313624"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "0",
      "id_str" : "2652479634116723961",
      "truncated" : false,
      "retweet_count" : "140",
      "id" : "2652479634116723961",
      "created_at" : "Mon Nov 18 12:30:00 +0000 2030",
      "favorited" : false,
      "full_text" : "RT @WestHorseWelfare: Frost all week. Break the ice on troughs morning and evening, and check the old ones are eating their hay.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2651321545743963082"
          ],
          "editableUntil" : "2030-11-15T08:48:10.334Z",
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
            "name" : "Clare Roads Desk",
            "screen_name" : "ClareRoadsDesk",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "175337344008911119",
            "id" : "175337344008911119"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "193"
      ],
      "favorite_count" : "57",
      "id_str" : "2651321545743963082",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2651321545743963082",
      "created_at" : "Fri Nov 15 07:48:10 +0000 2030",
      "favorited" : false,
      "full_text" : "@ClareRoadsDesk the pothole on the road out of Labasheeda took my van's front tyre this morning. Third one this winter. Any chance it gets filled before someone's horsebox ends up in the ditch?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2650630532350429771"
          ],
          "editableUntil" : "2030-11-13T11:02:19.903Z",
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
            "name" : "Ennis Bakehouse",
            "screen_name" : "ennisbakehouse",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "514191082864514066",
            "id" : "514191082864514066"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/PLmPRBYZQQ",
            "expanded_url" : "https://niamhfarrier.ie/book",
            "display_url" : "niamhfarrier.ie/book",
            "indices" : [
              "106",
              "129"
            ]
          }
        ]
      },
      "display_text_range" : [
        "16",
        "129"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2650611406323996352",
      "id_str" : "2650630532350429771",
      "in_reply_to_user_id" : "514191082864514066",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2650630532350429771",
      "in_reply_to_status_id" : "2650611406323996352",
      "created_at" : "Wed Nov 13 10:02:19 +0000 2030",
      "favorited" : false,
      "possibly_sensitive" : false,
      "full_text" : "@ennisbakehouse Gorgeous scones! And if anyone's horse needs shoeing this month, I have a few slots left: https://t.co/PLmPRBYZQQ",
      "lang" : "en",
      "in_reply_to_screen_name" : "ennisbakehouse",
      "in_reply_to_user_id_str" : "514191082864514066"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2649878943768321659"
          ],
          "editableUntil" : "2030-11-11T09:15:47.221Z",
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
        "154"
      ],
      "favorite_count" : "402",
      "id_str" : "2649878943768321659",
      "truncated" : false,
      "retweet_count" : "61",
      "id" : "2649878943768321659",
      "created_at" : "Mon Nov 11 08:15:47 +0000 2030",
      "favorited" : false,
      "full_text" : "Unpopular opinion: most horses don't need shoes. Plenty of mine go barefoot and do better for it. Half my living is shoes, so you can take that as honest.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2648985500095132592"
          ],
          "editableUntil" : "2030-11-08T22:05:33.650Z",
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
            "name" : "Siobhán 🐴",
            "screen_name" : "clare_pony_mam",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "792055974459424543",
            "id" : "792055974459424543"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "150"
      ],
      "favorite_count" : "45",
      "in_reply_to_status_id_str" : "2648961089245467520",
      "id_str" : "2648985500095132592",
      "in_reply_to_user_id" : "792055974459424543",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2648985500095132592",
      "in_reply_to_status_id" : "2648961089245467520",
      "created_at" : "Fri Nov 08 21:05:33 +0000 2030",
      "favorited" : false,
      "full_text" : "@clare_pony_mam Every 6 to 8 weeks for most ponies. Go by the hoof, not the calendar: if the toe is getting long or the walls are chipping, it's time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "clare_pony_mam",
      "in_reply_to_user_id_str" : "792055974459424543"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2648239238779810909"
          ],
          "editableUntil" : "2030-11-06T20:40:11.087Z",
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
            "url" : "https://t.co/4c3O2vTo8j",
            "expanded_url" : "https://niamhfarrier.ie/book",
            "display_url" : "niamhfarrier.ie/book",
            "indices" : [
              "185",
              "208"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "208"
      ],
      "favorite_count" : "31",
      "id_str" : "2648239238779810909",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2648239238779810909",
      "created_at" : "Wed Nov 06 19:40:11 +0000 2030",
      "favorited" : false,
      "possibly_sensitive" : false,
      "full_text" : "Booking for late November and December is open: trims and shoeing around Ennis, Kilrush and Kilkee. Trim €45, full set €120, remedial work by arrangement. Book online or text 555 0129: https://t.co/4c3O2vTo8j",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2647419312429586740"
          ],
          "editableUntil" : "2030-11-04T14:22:05.412Z",
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
        "153"
      ],
      "favorite_count" : "88",
      "id_str" : "2647419312429586740",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2647419312429586740",
      "created_at" : "Mon Nov 04 13:22:05 +0000 2030",
      "favorited" : false,
      "full_text" : "Six horses before lunch. The last was a 31-year-old Connemara called Toffee who leans his whole weight on me for every hoof, every single time. Worth it.",
      "lang" : "en"
    }
  }
]
