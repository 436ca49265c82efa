window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072457682222946054"
          ],
          "editableUntil" : "2026-07-02T00:09:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "377",
      "id_str" : "2072457682222946054",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2072457682222946054",
      "created_at" : "Wed Jul 01 23:09:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Closing out the week with a strong opinion: mint chocolate chip is the only correct ice cream and my profession has nothing to do with it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2071704448117522398"
          ],
          "editableUntil" : "2026-06-29T22:16:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dr Kwame Boateng",
            "screen_name" : "dr_kwame_b",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1066392757219966976",
            "id" : "1066392757219966976"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "119"
      ],
      "favorite_count" : "24",
      "in_reply_to_status_id_str" : "2071661260490743600",
      "id_str" : "2071704448117522398",
      "in_reply_to_user_id" : "1066392757219966976",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2071704448117522398",
      "in_reply_to_status_id" : "2071661260490743600",
      "created_at" : "Mon Jun 29 21:16:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@dr_kwame_b Honestly? Loupes with a light. Best money I spent in my first year, and my neck thanks me every single day.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dr_kwame_b",
      "in_reply_to_user_id_str" : "1066392757219966976"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2070776193747846145"
          ],
          "editableUntil" : "2026-06-27T08:48:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kyle",
            "screen_name" : "kyle_runs_far",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1718840221396090880",
            "id" : "1718840221396090880"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/3W5eHgaLVE",
            "expanded_url" : "https://brightwaterfamilydental.com/emergency",
            "display_url" : "brightwaterfamilydental.c…",
            "indices" : [
              "155",
              "178"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "178"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2070744882896902699",
      "id_str" : "2070776193747846145",
      "in_reply_to_user_id" : "1718840221396090880",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2070776193747846145",
      "in_reply_to_status_id" : "2070744882896902699",
      "possibly_sensitive" : false,
      "created_at" : "Sat Jun 27 07:48:12 +0000 2026",
      "favorited" : false,
      "full_text" : "@kyle_runs_far Oof, sorry 😬 We keep same-day emergency slots every weekday at Brightwater Family Dental. Book here and mention this tweet for a free exam: https://t.co/3W5eHgaLVE",
      "lang" : "en",
      "in_reply_to_screen_name" : "kyle_runs_far",
      "in_reply_to_user_id_str" : "1718840221396090880"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2069833092023554641"
          ],
          "editableUntil" : "2026-06-24T18:20:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Smiles Without Borders",
            "screen_name" : "SmilesNoBorders",
            "indices" : [
              "36",
              "52"
            ],
            "id_str" : "2267503119",
            "id" : "2267503119"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "205"
      ],
      "favorite_count" : "301",
      "id_str" : "2069833092023554641",
      "truncated" : false,
      "retweet_count" : "118",
      "id" : "2069833092023554641",
      "created_at" : "Wed Jun 24 17:20:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Proud to say Brightwater is hosting @SmilesNoBorders free clinic day on 12 Sept: chairs, x-rays and coffee on us, volunteers on them. Uninsured kids under 18 welcome. Share this with a family who needs it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2069095838250408770"
          ],
          "editableUntil" : "2026-06-22T17:31:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Smiles Without Borders",
            "screen_name" : "SmilesNoBorders",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "2267503119",
            "id" : "2267503119"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/z3B6CKON4x",
            "expanded_url" : "https://smileswithoutbordersfoundation.org/volunteer/alder-crossing",
            "display_url" : "smileswithoutbordersfound…",
            "indices" : [
              "162",
              "185"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "185"
      ],
      "favorite_count" : "0",
      "id_str" : "2069095838250408770",
      "truncated" : false,
      "retweet_count" : "31",
      "id" : "2069095838250408770",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jun 22 16:31:04 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @SmilesNoBorders: We need volunteer dentists and hygienists for our free kids' clinic day on 12 Sept in Alder Crossing. Two hours makes a difference. Sign up: https://t.co/z3B6CKON4x",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2067702248157056722"
          ],
          "editableUntil" : "2026-06-18T21:13:26.000Z",
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
            "name" : "Provecta Dental Supply",
            "screen_name" : "ProvectaDental",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "414970281",
            "id" : "414970281"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "159"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "2067676694917956260",
      "id_str" : "2067702248157056722",
      "in_reply_to_user_id" : "414970281",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2067702248157056722",
      "in_reply_to_status_id" : "2067676694917956260",
      "created_at" : "Thu Jun 18 20:13:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@ProvectaDental Third order this quarter with the wrong glove size. Can someone call the office? We're down to the extra-smalls and my assistant has big hands.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ProvectaDental",
      "in_reply_to_user_id_str" : "414970281"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2066727948718954631"
          ],
          "editableUntil" : "2026-06-16T04:41:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/kuPq4jsayl",
            "expanded_url" : "https://piercefamilymemorial.org/alan",
            "display_url" : "piercefamilymemorial.org/…",
            "indices" : [
              "204",
              "227"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "227"
      ],
      "favorite_count" : "689",
      "id_str" : "2066727948718954631",
      "truncated" : false,
      "retweet_count" : "44",
      "id" : "2066727948718954631",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jun 16 03:41:55 +0000 2026",
      "favorited" : false,
      "full_text" : "Dr Alan Pierce, who ran this practice for 31 years before I bought it, died on Sunday. He pulled my first baby tooth in 1994 and taught me to do it gently. His family has shared the service details here: https://t.co/kuPq4jsayl",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2065193407588748802"
          ],
          "editableUntil" : "2026-06-11T23:04:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sam Tierney",
            "screen_name" : "sam_tierney_",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1302689955071131649",
            "id" : "1302689955071131649"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "169"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2065183345884972903",
      "id_str" : "2065193407588748802",
      "in_reply_to_user_id" : "1302689955071131649",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2065193407588748802",
      "in_reply_to_status_id" : "2065183345884972903",
      "created_at" : "Thu Jun 11 22:04:12 +0000 2026",
      "favorited" : false,
      "full_text" : "@sam_tierney_ Yes, we take Cascadia Dental PPO and most other PPO plans. For anything else the front desk can check your coverage before you book, just give them a call.",
      "lang" : "en",
      "in_reply_to_screen_name" : "sam_tierney_",
      "in_reply_to_user_id_str" : "1302689955071131649"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064367108263438236"
          ],
          "editableUntil" : "2026-06-09T16:20:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "176"
      ],
      "favorite_count" : "52",
      "id_str" : "2064367108263438236",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2064367108263438236",
      "created_at" : "Tue Jun 09 15:20:47 +0000 2026",
      "favorited" : false,
      "full_text" : "New at Brightwater: same-day crowns. We scan, design and mill your crown while you wait. No goopy impressions, no temporary, no second visit. Ask about it at your next checkup.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2063303795613560843"
          ],
          "editableUntil" : "2026-06-06T17:55:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "143",
      "id_str" : "2063303795613560843",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2063303795613560843",
      "created_at" : "Sat Jun 06 16:55:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Ran my first 10k this morning. 58:41. My hygienist beat me by six minutes and will be mentioning it at every lunch until the end of time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2062904863857536171"
          ],
          "editableUntil" : "2026-06-05T15:30:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "NationalDonutDay",
            "indices" : [
              "6",
              "23"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/sUw2d9DaDw",
            "expanded_url" : "https://brightwaterfamilydental.com/new-patients",
            "display_url" : "brightwaterfamilydental.c…",
            "indices" : [
              "134",
              "157"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "29",
      "id_str" : "2062904863857536171",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2062904863857536171",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jun 05 14:30:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Happy #NationalDonutDay 🍩 Enjoy one, we mean it. Then drink some water. New patients: exam, x-rays and cleaning for $99 through June: https://t.co/sUw2d9DaDw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2062151857083954833"
          ],
          "editableUntil" : "2026-06-03T13:38:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dan Okafor",
            "screen_name" : "dan_okafor_",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "1599803124470554624",
            "id" : "1599803124470554624"
          },
          {
            "name" : "Dr Tessa Marlow",
            "screen_name" : "DrTessaMarlow",
            "indices" : [
              "29",
              "43"
            ],
            "id_str" : "1187342095561207808",
            "id" : "1187342095561207808"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "0",
      "id_str" : "2062151857083954833",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2062151857083954833",
      "created_at" : "Wed Jun 03 12:38:10 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dan_okafor_: Shoutout to @DrTessaMarlow and the Brightwater team for fitting me in the same day with a cracked molar. Actual heroes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2061523910120752206"
          ],
          "editableUntil" : "2026-06-01T20:02:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Maya Lindgren",
            "screen_name" : "maya_lindgren",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "958210446793707520",
            "id" : "958210446793707520"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "114"
      ],
      "favorite_count" : "12",
      "in_reply_to_status_id_str" : "2061512677151156320",
      "id_str" : "2061523910120752206",
      "in_reply_to_user_id" : "958210446793707520",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2061523910120752206",
      "in_reply_to_status_id" : "2061512677151156320",
      "created_at" : "Mon Jun 01 19:02:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@maya_lindgren Thank you, Maya! Tell Leo he was the bravest patient of the day and he gets two stickers next time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "maya_lindgren",
      "in_reply_to_user_id_str" : "958210446793707520"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2060156245309074230"
          ],
          "editableUntil" : "2026-05-29T01:28:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Alder Hawks FC",
            "screen_name" : "AlderHawksFC",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "3170284466",
            "id" : "3170284466"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/juCPWUR4tC",
            "expanded_url" : "https://brightwaterfamilydental.com/whitening?utm_source=twitter",
            "display_url" : "brightwaterfamilydental.c…",
            "indices" : [
              "128",
              "151"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "151"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2060137263658398511",
      "id_str" : "2060156245309074230",
      "in_reply_to_user_id" : "3170284466",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2060156245309074230",
      "in_reply_to_status_id" : "2060137263658398511",
      "possibly_sensitive" : false,
      "created_at" : "Fri May 29 00:28:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@AlderHawksFC What a finish!! 🦅 Hawks fans: show your ticket stub at Brightwater Family Dental for $50 off whitening all June 😁 https://t.co/juCPWUR4tC",
      "lang" : "en",
      "in_reply_to_screen_name" : "AlderHawksFC",
      "in_reply_to_user_id_str" : "3170284466"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2059329979701966426"
          ],
          "editableUntil" : "2026-05-26T18:45:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Alder Crossing News",
            "screen_name" : "AlderCrossingNews",
            "indices" : [
              "83",
              "101"
            ],
            "id_str" : "612448093",
            "id" : "612448093"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/U42TyDtBI1",
            "expanded_url" : "https://aldercrossingnews.com/2026/05/county-fluoride-vote-explained",
            "display_url" : "aldercrossingnews.com/202…",
            "indices" : [
              "136",
              "159"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "248"
      ],
      "favorite_count" : "512",
      "id_str" : "2059329979701966426",
      "truncated" : false,
      "retweet_count" : "96",
      "id" : "2059329979701966426",
      "possibly_sensitive" : false,
      "created_at" : "Tue May 26 17:45:02 +0000 2026",
      "favorited" : false,
      "full_text" : "The county votes on Thursday on whether to stop adding fluoride to the water. This @AlderCrossingNews piece lays out both sides fairly: https://t.co/U42TyDtBI1 My view: it's a mistake, and I'll be at the hearing to say so as a parent and a dentist.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2057841831678608734"
          ],
          "editableUntil" : "2026-05-22T16:11:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "217"
      ],
      "favorite_count" : "37",
      "id_str" : "2057841831678608734",
      "truncated" : false,
      "retweet_count" : "21",
      "id" : "2057841831678608734",
      "created_at" : "Fri May 22 15:11:40 +0000 2026",
      "favorited" : false,
      "full_text" : "We're hiring a full-time dental assistant. No weekends (Saturday shifts are volunteers only), $24 to $28/hr depending on experience, plus dental for your whole family, obviously. Email jobs@brightwaterfamilydental.com",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2056829056789329013"
          ],
          "editableUntil" : "2026-05-19T21:07:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dr Jo Ferreira",
            "screen_name" : "jo_ferreira_dds",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1420057318263918594",
            "id" : "1420057318263918594"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "156"
      ],
      "favorite_count" : "19",
      "in_reply_to_status_id_str" : "2056808644853019603",
      "id_str" : "2056829056789329013",
      "in_reply_to_user_id" : "1420057318263918594",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2056829056789329013",
      "in_reply_to_status_id" : "2056808644853019603",
      "created_at" : "Tue May 19 20:07:15 +0000 2026",
      "favorited" : false,
      "full_text" : "@jo_ferreira_dds Congratulations on the new practice, Jo! Told you the blue chairs were the right call. Dinner's on me when you've survived the first month.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jo_ferreira_dds",
      "in_reply_to_user_id_str" : "1420057318263918594"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2055461683381146770"
          ],
          "editableUntil" : "2026-05-16T02:33:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "2310",
      "id_str" : "2055461683381146770",
      "truncated" : false,
      "retweet_count" : "140",
      "id" : "2055461683381146770",
      "created_at" : "Sat May 16 01:33:48 +0000 2026",
      "favorited" : false,
      "full_text" : "My 6yo asked if the tooth fairy has a dentist. I said yes. She asked if it's me. I have never felt more powerful.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2054574903711507134"
          ],
          "editableUntil" : "2026-05-13T15:50:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Alder Crossing News",
            "screen_name" : "AlderCrossingNews",
            "indices" : [
              "3",
              "21"
            ],
            "id_str" : "612448093",
            "id" : "612448093"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Px6MCacgJH",
            "expanded_url" : "https://aldercrossingnews.com/2026/05/boil-water-notice-eastside",
            "display_url" : "aldercrossingnews.com/202…",
            "indices" : [
              "140",
              "163"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "163"
      ],
      "favorite_count" : "0",
      "id_str" : "2054574903711507134",
      "truncated" : false,
      "retweet_count" : "57",
      "id" : "2054574903711507134",
      "possibly_sensitive" : false,
      "created_at" : "Wed May 13 14:50:03 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @AlderCrossingNews: Water main break on 4th Street. Boil-water notice for the Eastside until at least Thursday. Map of affected streets: https://t.co/Px6MCacgJH",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2053903619604595035"
          ],
          "editableUntil" : "2026-05-11T19:22:37.000Z",
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
            "name" : "Glen Harrow",
            "screen_name" : "glen_harrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "2849117035",
            "id" : "2849117035"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "198"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "2053871644539733262",
      "id_str" : "2053903619604595035",
      "in_reply_to_user_id" : "2849117035",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2053903619604595035",
      "in_reply_to_status_id" : "2053871644539733262",
      "created_at" : "Mon May 11 18:22:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@glen_harrow I'm really sorry about Tuesday, Glen. That's on us: we double-booked the hygienist and you shouldn't have waited an hour. Please call the front desk and we'll take the cleaning fee off.",
      "lang" : "en",
      "in_reply_to_screen_name" : "glen_harrow",
      "in_reply_to_user_id_str" : "2849117035"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2052572910967969816"
          ],
          "editableUntil" : "2026-05-08T03:14:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "226"
      ],
      "favorite_count" : "1204",
      "id_str" : "2052572910967969816",
      "truncated" : false,
      "retweet_count" : "233",
      "id" : "2052572910967969816",
      "created_at" : "Fri May 08 02:14:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Unpopular opinion from a dentist: you don't need an electric toothbrush. You need two full minutes, a soft brush and floss you'll actually use. If the fancy brush gets you to do that, great. If not, it's a $120 shelf ornament.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2052065893186288713"
          ],
          "editableUntil" : "2026-05-06T17:40:09.000Z",
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
            "url" : "https://t.co/6jBxyHCqHS",
            "expanded_url" : "https://brightwaterfamilydental.com/book",
            "display_url" : "brightwaterfamilydental.c…",
            "indices" : [
              "124",
              "147"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "41",
      "id_str" : "2052065893186288713",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2052065893186288713",
      "possibly_sensitive" : false,
      "created_at" : "Wed May 06 16:40:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Brightwater Family Dental is now open Saturdays, 8am to 1pm, for everyone who can't get time off on a weekday. Book online: https://t.co/6jBxyHCqHS",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2051287066964691983"
          ],
          "editableUntil" : "2026-05-04T14:05:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "88",
      "id_str" : "2051287066964691983",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2051287066964691983",
      "created_at" : "Mon May 04 13:05:22 +0000 2026",
      "favorited" : false,
      "full_text" : "First week back after parental leave. I forgot how much I love this job, and also where we keep the good gauze.",
      "lang" : "en"
    }
  }
]
