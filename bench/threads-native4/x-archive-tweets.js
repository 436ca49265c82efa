window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2028397586810646567"
          ],
          "editableUntil" : "2026-03-02T10:10:45.000Z",
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
        "151"
      ],
      "favorite_count" : "40",
      "id_str" : "2028397586810646567",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2028397586810646567",
      "created_at" : "Mon Mar 02 09:10:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Huge thanks to the 14 volunteers who repainted the foyer on Sunday. It's the first coat of paint it's had since 1998 and you can tell. Come and see it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2026739116134101021"
          ],
          "editableUntil" : "2026-02-25T20:20:34.000Z",
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
        "88"
      ],
      "favorite_count" : "53",
      "id_str" : "2026739116134101021",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2026739116134101021",
      "created_at" : "Wed Feb 25 19:20:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Us, watching someone's phone light up in row F during the quietest scene of the year: 🔦👀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2025903495278243862"
          ],
          "editableUntil" : "2026-02-23T13:00:07.000Z",
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
            "url" : "https://t.co/pW7x8BBgeU",
            "expanded_url" : "https://lanternpicturehouse.co.uk/festival",
            "display_url" : "lanternpicturehouse.co.uk…",
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
      "favorite_count" : "30",
      "id_str" : "2025903495278243862",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2025903495278243862",
      "possibly_sensitive" : false,
      "created_at" : "Mon Feb 23 12:00:07 +0000 2026",
      "favorited" : false,
      "full_text" : "The Wexcombe Film Festival line-up drops Friday. Six days, 22 films, one very tired projectionist. Passes from £45. https://t.co/pW7x8BBgeU",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2025162427021209632"
          ],
          "editableUntil" : "2026-02-21T11:55:22.000Z",
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
            "name" : "Sally Penhallow",
            "screen_name" : "sally_p_wx",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1677412290538213377",
            "id" : "1677412290538213377"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "133"
      ],
      "favorite_count" : "53",
      "in_reply_to_status_id_str" : "2025119140021895168",
      "id_str" : "2025162427021209632",
      "in_reply_to_user_id" : "1677412290538213377",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2025162427021209632",
      "in_reply_to_status_id" : "2025119140021895168",
      "created_at" : "Sat Feb 21 10:55:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@sally_p_wx Oh no. Lost property currently holds a blue scarf, one (1) glove and a library book. DM us a description and we'll check?",
      "lang" : "en",
      "in_reply_to_screen_name" : "sally_p_wx",
      "in_reply_to_user_id_str" : "1677412290538213377"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2024763666894966810"
          ],
          "editableUntil" : "2026-02-20T09:30:51.000Z",
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
            "name" : "Wexcombe Town Council",
            "screen_name" : "WexcombeCouncil",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "1065233418",
            "id" : "1065233418"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "0",
      "id_str" : "2024763666894966810",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2024763666894966810",
      "created_at" : "Fri Feb 20 08:30:51 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @WexcombeCouncil: Chapel Lane will be closed 2–6 March for resurfacing. Diversion via Mill Street and the High Street. Pedestrian access maintained.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2024163034271924261"
          ],
          "editableUntil" : "2026-02-18T17:44:09.000Z",
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
            "name" : "Rookery Bakes",
            "screen_name" : "RookeryBakesWex",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1449920317008334850",
            "id" : "1449920317008334850"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "91"
      ],
      "favorite_count" : "57",
      "in_reply_to_status_id_str" : "2024031419311906846",
      "id_str" : "2024163034271924261",
      "in_reply_to_user_id" : "1449920317008334850",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2024163034271924261",
      "in_reply_to_status_id" : "2024031419311906846",
      "created_at" : "Wed Feb 18 16:44:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@RookeryBakesWex Your sausage rolls in our foyer on festival weekend? Yes please. DMs open.",
      "lang" : "en",
      "in_reply_to_screen_name" : "RookeryBakesWex",
      "in_reply_to_user_id_str" : "1449920317008334850"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023141180358037532"
          ],
          "editableUntil" : "2026-02-15T22:03:40.000Z",
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
            "name" : "Gareth Pollard",
            "screen_name" : "GarethPollardTV",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "218830457",
            "id" : "218830457"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/6AFAcli71F",
            "expanded_url" : "https://lanternpicturehouse.co.uk",
            "display_url" : "lanternpicturehouse.co.uk",
            "indices" : [
              "120",
              "143"
            ]
          }
        ]
      },
      "display_text_range" : [
        "17",
        "145"
      ],
      "favorite_count" : "14",
      "in_reply_to_status_id_str" : "2023072477336637480",
      "id_str" : "2023141180358037532",
      "in_reply_to_user_id" : "218830457",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2023141180358037532",
      "in_reply_to_status_id" : "2023072477336637480",
      "possibly_sensitive" : false,
      "created_at" : "Sun Feb 15 21:03:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@GarethPollardTV Cheer up Gareth! Nothing a £4 Saturday matinee at Wexcombe's favourite single-screen cinema can't fix: https://t.co/6AFAcli71F 🍿",
      "lang" : "en",
      "in_reply_to_screen_name" : "GarethPollardTV",
      "in_reply_to_user_id_str" : "218830457"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2021225755244539931"
          ],
          "editableUntil" : "2026-02-10T15:12:27.000Z",
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
            "name" : "Mick Ferris",
            "screen_name" : "moaning_mick",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1562079932183703552",
            "id" : "1562079932183703552"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "137"
      ],
      "favorite_count" : "32",
      "in_reply_to_status_id_str" : "2021204365966307351",
      "id_str" : "2021225755244539931",
      "in_reply_to_user_id" : "1562079932183703552",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2021225755244539931",
      "in_reply_to_status_id" : "2021204365966307351",
      "created_at" : "Tue Feb 10 14:12:27 +0000 2026",
      "favorited" : false,
      "full_text" : "@moaning_mick Fair question. Tickets went up 50p this month to cover the new rates bill, the first rise since 2022. Members still pay £6.",
      "lang" : "en",
      "in_reply_to_screen_name" : "moaning_mick",
      "in_reply_to_user_id_str" : "1562079932183703552"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2020794857864978460"
          ],
          "editableUntil" : "2026-02-09T10:40:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "LanternGivesBack",
            "indices" : [
              "101",
              "118"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "52",
      "id_str" : "2020794857864978460",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2020794857864978460",
      "created_at" : "Mon Feb 09 09:40:13 +0000 2026",
      "favorited" : false,
      "full_text" : "All February, 50p from every ticket goes to Wexcombe Foodbank. Last year you raised £1,940 together. #LanternGivesBack",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2020091654274265123"
          ],
          "editableUntil" : "2026-02-07T12:05:56.000Z",
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
        "127"
      ],
      "favorite_count" : "4",
      "id_str" : "2020091654274265123",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2020091654274265123",
      "created_at" : "Sat Feb 07 11:05:56 +0000 2026",
      "favorited" : false,
      "full_text" : "Saturday kids' club is SOLD OUT for the first time since 2019. Thank you, Wexcombe. Next week's film goes on sale Monday at 10.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2019841029087129612"
          ],
          "editableUntil" : "2026-02-06T19:30:02.000Z",
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
        "103"
      ],
      "favorite_count" : "33",
      "id_str" : "2019841029087129612",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2019841029087129612",
      "created_at" : "Fri Feb 06 18:30:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Settle this once and for all: salted or sweet popcorn? Mixed is also an answer, but it's the wrong one.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2018297532307574811"
          ],
          "editableUntil" : "2026-02-02T13:16:44.000Z",
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
            "name" : "Dan Pickering",
            "screen_name" : "dpickering_88",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "3318809201",
            "id" : "3318809201"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "125"
      ],
      "favorite_count" : "55",
      "in_reply_to_status_id_str" : "2018223291009110054",
      "id_str" : "2018297532307574811",
      "in_reply_to_user_id" : "3318809201",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2018297532307574811",
      "in_reply_to_status_id" : "2018223291009110054",
      "created_at" : "Mon Feb 02 12:16:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@dpickering_88 Doors at 7, film at 7:30. No adverts, about four minutes of trailers, and the bar stays open for the interval.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dpickering_88",
      "in_reply_to_user_id_str" : "3318809201"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2017731446993793059"
          ],
          "editableUntil" : "2026-01-31T23:47:19.000Z",
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
            "name" : "Ottoline Marsh",
            "screen_name" : "ottoline_reads",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1298841305520263170",
            "id" : "1298841305520263170"
          },
          {
            "name" : "The Lantern Picture House",
            "screen_name" : "LanternPicHouse",
            "indices" : [
              "55",
              "71"
            ],
            "id_str" : "1187346029551329281",
            "id" : "1187346029551329281"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "0",
      "id_str" : "2017731446993793059",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2017731446993793059",
      "created_at" : "Sat Jan 31 22:47:19 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @ottoline_reads: Saw a 35mm print of an old noir at @LanternPicHouse tonight and the whole room gasped at the twist. Nothing beats watching with a full room.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2015726539178356766"
          ],
          "editableUntil" : "2026-01-26T11:00:31.000Z",
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
            "url" : "https://t.co/Je4O24Hosd",
            "expanded_url" : "https://lanternpicturehouse.co.uk/jobs",
            "display_url" : "lanternpicturehouse.co.uk…",
            "indices" : [
              "148",
              "171"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "171"
      ],
      "favorite_count" : "47",
      "id_str" : "2015726539178356766",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2015726539178356766",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jan 26 10:00:31 +0000 2026",
      "favorited" : false,
      "full_text" : "We're hiring: part-time projectionist and bar staff, 16 hours a week, £12.60 an hour. No experience needed, we'll teach you to thread a 35mm print. https://t.co/Je4O24Hosd",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014720321302302756"
          ],
          "editableUntil" : "2026-01-23T16:22:10.000Z",
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
        "115"
      ],
      "favorite_count" : "10",
      "id_str" : "2014720321302302756",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014720321302302756",
      "created_at" : "Fri Jan 23 15:22:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Storm Ilsa: we're closed tonight. All bookings will be refunded automatically, no need to call. Stay in, stay safe.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013296849804300321"
          ],
          "editableUntil" : "2026-01-19T18:05:48.000Z",
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
        "242"
      ],
      "favorite_count" : "28",
      "id_str" : "2013296849804300321",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2013296849804300321",
      "created_at" : "Mon Jan 19 17:05:48 +0000 2026",
      "favorited" : false,
      "full_text" : "We were so sad to hear that Mavis Ellery, who sold tickets here from 1979 to 2011, died last week. She knew every regular's name and most of their dogs' names. The foyer will be open on Saturday morning for anyone who'd like to sign the book.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2011405027758551045"
          ],
          "editableUntil" : "2026-01-14T12:48:23.000Z",
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
            "name" : "Pat Okonedo",
            "screen_name" : "harlow_rd_gran",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "2893301764",
            "id" : "2893301764"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "154"
      ],
      "favorite_count" : "39",
      "in_reply_to_status_id_str" : "2011257304947601440",
      "id_str" : "2011405027758551045",
      "in_reply_to_user_id" : "2893301764",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2011405027758551045",
      "in_reply_to_status_id" : "2011257304947601440",
      "created_at" : "Wed Jan 14 11:48:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@harlow_rd_gran Yes! The ramp's at the side door on Chapel Lane, and row C has two wheelchair spaces. Ring us on the day and we'll keep them free for you.",
      "lang" : "en",
      "in_reply_to_screen_name" : "harlow_rd_gran",
      "in_reply_to_user_id_str" : "2893301764"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2010705847212724259"
          ],
          "editableUntil" : "2026-01-12T14:30:05.000Z",
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
            "url" : "https://t.co/iSSdJ4pttk",
            "expanded_url" : "https://lanternpicturehouse.co.uk/membership",
            "display_url" : "lanternpicturehouse.co.uk…",
            "indices" : [
              "186",
              "209"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "209"
      ],
      "favorite_count" : "56",
      "id_str" : "2010705847212724259",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2010705847212724259",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jan 12 13:30:05 +0000 2026",
      "favorited" : false,
      "full_text" : "Members' night, Thursday 12 Feb: a free preview of a new British drama we're not allowed to name yet. Members only. Not a member? £30 a year, and it pays for itself in about five films. https://t.co/iSSdJ4pttk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2009554706719961108"
          ],
          "editableUntil" : "2026-01-09T10:15:52.000Z",
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
            "name" : "Jess Benford",
            "screen_name" : "benfordjess",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1402938177364156416",
            "id" : "1402938177364156416"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "174"
      ],
      "favorite_count" : "18",
      "in_reply_to_status_id_str" : "2009460085283979296",
      "id_str" : "2009554706719961108",
      "in_reply_to_user_id" : "1402938177364156416",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2009554706719961108",
      "in_reply_to_status_id" : "2009460085283979296",
      "created_at" : "Fri Jan 09 09:15:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@benfordjess So sorry, that's not the night we wanted you to have. Please email boxoffice@lanternpicturehouse.co.uk with your booking reference and we'll refund both tickets.",
      "lang" : "en",
      "in_reply_to_screen_name" : "benfordjess",
      "in_reply_to_user_id_str" : "1402938177364156416"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2009364893456531495"
          ],
          "editableUntil" : "2026-01-08T21:41:37.000Z",
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
        "127"
      ],
      "favorite_count" : "20",
      "id_str" : "2009364893456531495",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2009364893456531495",
      "created_at" : "Thu Jan 08 20:41:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Projector bulb has died mid-trailer. Reggie is up a ladder saying words we can't tweet. Back in 10 minutes, and the bar's open.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2008116822391939086"
          ],
          "editableUntil" : "2026-01-05T11:02:14.000Z",
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
            "url" : "https://t.co/5mnjaykj1u",
            "expanded_url" : "https://lanternpicturehouse.co.uk/whats-on/january",
            "display_url" : "lanternpicturehouse.co.uk…",
            "indices" : [
              "195",
              "218"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "218"
      ],
      "favorite_count" : "33",
      "id_str" : "2008116822391939086",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2008116822391939086",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jan 05 10:02:14 +0000 2026",
      "favorited" : false,
      "full_text" : "New year, new programme. January at the Lantern: three restored 1950s noir classics, a silent comedy with live piano, and the return of Saturday kids' club (£4, popcorn included). Full listings: https://t.co/5mnjaykj1u",
      "lang" : "en"
    }
  }
]
