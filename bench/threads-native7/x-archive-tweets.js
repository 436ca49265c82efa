window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100674261807975357"
          ],
          "editableUntil" : "2026-09-17T20:52:27.000Z",
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
            "name" : "Brindle Owl Games",
            "screen_name" : "BrindleOwlGames",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "958203341127491584",
            "id" : "958203341127491584"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "122"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2100651545417077352",
      "id_str" : "2100674261807975357",
      "in_reply_to_user_id" : "958203341127491584",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100674261807975357",
      "in_reply_to_status_id" : "2100651545417077352",
      "created_at" : "Thu Sep 17 19:52:27 +0000 2026",
      "favorited" : false,
      "full_text" : "@BrindleOwlGames Our Lanternfall reprint order from June still says processing. Any news? Six people a week ask us for it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "BrindleOwlGames",
      "in_reply_to_user_id_str" : "958203341127491584"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099869173113592734"
          ],
          "editableUntil" : "2026-09-15T15:33:19.000Z",
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
            "name" : "Ash Lane Neighbours",
            "screen_name" : "ashlane_neighbor",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1694012385500282880",
            "id" : "1694012385500282880"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "205"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2099687806642314532",
      "id_str" : "2099869173113592734",
      "in_reply_to_user_id" : "1694012385500282880",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099869173113592734",
      "in_reply_to_status_id" : "2099687806642314532",
      "created_at" : "Tue Sep 15 14:33:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@ashlane_neighbor Sorry about Friday night. We've moved the tournament tables to the back room and the patio now closes at 10pm. If it happens again, call us on (330) 555-0162 and we'll sort it that night.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ashlane_neighbor",
      "in_reply_to_user_id_str" : "1694012385500282880"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098803823587332012"
          ],
          "editableUntil" : "2026-09-12T17:00:00.000Z",
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
        "198"
      ],
      "favorite_count" : "5",
      "id_str" : "2098803823587332012",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2098803823587332012",
      "created_at" : "Sat Sep 12 16:00:00 +0000 2026",
      "favorited" : false,
      "full_text" : "We're 5 today. Five years ago we opened with 200 games, 9 tables and a borrowed espresso machine. Now it's 1,100 games and we still haven't given the machine back. Thank you, Quarry Hill. Cake at 6.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098196836105646354"
          ],
          "editableUntil" : "2026-09-11T00:48:02.000Z",
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
            "name" : "Jess Kowalczyk",
            "screen_name" : "jess_plays_late",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1623994857013231616",
            "id" : "1623994857013231616"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "77"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "2098190401436330602",
      "id_str" : "2098196836105646354",
      "in_reply_to_user_id" : "1623994857013231616",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098196836105646354",
      "in_reply_to_status_id" : "2098190401436330602",
      "created_at" : "Thu Sep 10 23:48:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@jess_plays_late So glad you came back! Table 7 is officially your table now.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jess_plays_late",
      "in_reply_to_user_id_str" : "1623994857013231616"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097373280318067693"
          ],
          "editableUntil" : "2026-09-08T18:15:31.000Z",
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
            "url" : "https://t.co/Yb8nHs3QdT",
            "expanded_url" : "https://rollinghexcafe.com/events/hexcraft-september",
            "display_url" : "rollinghexcafe.com/events…",
            "indices" : [
              "136",
              "159"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "159"
      ],
      "favorite_count" : "8",
      "id_str" : "2097373280318067693",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2097373280318067693",
      "possibly_sensitive" : false,
      "created_at" : "Tue Sep 08 17:15:31 +0000 2026",
      "favorited" : false,
      "full_text" : "Tournament Saturday Sept 19: Hexcraft, 16 players, $10 entry. The winner gets $100 in store credit and their name on the wall. Sign up: https://t.co/Yb8nHs3QdT",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096606301532780461"
          ],
          "editableUntil" : "2026-09-06T15:27:50.000Z",
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
            "name" : "Quarry Hill Gazette",
            "screen_name" : "QHGazette",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "221840573",
            "id" : "221840573"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/xP2dVw7KcN",
            "expanded_url" : "https://quarryhillgazette.com/2026/09/06/ash-lane-water-main-closure/",
            "display_url" : "quarryhillgazette.com/202…",
            "indices" : [
              "150",
              "173"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "173"
      ],
      "favorite_count" : "0",
      "id_str" : "2096606301532780461",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2096606301532780461",
      "possibly_sensitive" : false,
      "created_at" : "Sun Sep 06 14:27:50 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @QHGazette: Ash Lane will be closed between 2nd and 5th Street for three weeks of water main work starting Monday Sept 14. Detour via Vine Street. https://t.co/xP2dVw7KcN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095967444582672614"
          ],
          "editableUntil" : "2026-09-04T21:09:14.000Z",
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
            "name" : "Sam Adeyinka",
            "screen_name" : "sam_and_the_dice",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1815530046829924352",
            "id" : "1815530046829924352"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "122"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2095891794019064872",
      "id_str" : "2095967444582672614",
      "in_reply_to_user_id" : "1815530046829924352",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095967444582672614",
      "in_reply_to_status_id" : "2095891794019064872",
      "created_at" : "Fri Sep 04 20:09:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@sam_and_the_dice Found it! Blue dice bag with 14 dice and one very small meeple, behind the counter with your name on it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "sam_and_the_dice",
      "in_reply_to_user_id_str" : "1815530046829924352"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095180136734633282"
          ],
          "editableUntil" : "2026-09-02T17:00:45.000Z",
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
            "url" : "https://t.co/Lq4mRa8ZwE",
            "expanded_url" : "https://rollinghexcafe.com/menu",
            "display_url" : "rollinghexcafe.com/menu",
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
      "favorite_count" : "64",
      "id_str" : "2095180136734633282",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2095180136734633282",
      "possibly_sensitive" : false,
      "created_at" : "Wed Sep 02 16:00:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Autumn menu is up: pumpkin chai, a grilled cheese named after a game we're not allowed to name, and the return of the dice-shaped waffles. https://t.co/Lq4mRa8ZwE",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094841811484659205"
          ],
          "editableUntil" : "2026-09-01T18:36:22.000Z",
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
            "name" : "Quarry Hill Weather Watch",
            "screen_name" : "QHWeatherWatch",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "3041187265",
            "id" : "3041187265"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "120"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2094832892382740335",
      "id_str" : "2094841811484659205",
      "in_reply_to_user_id" : "3041187265",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094841811484659205",
      "in_reply_to_status_id" : "2094832892382740335",
      "created_at" : "Tue Sep 01 17:36:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@QHWeatherWatch Stay cool, Quarry Hill! Our AC is cranked to arctic and iced teas are 2 for 1 all week at Rolling Hex ❄️",
      "lang" : "en",
      "in_reply_to_screen_name" : "QHWeatherWatch",
      "in_reply_to_user_id_str" : "3041187265"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093659596400415081"
          ],
          "editableUntil" : "2026-08-29T12:18:40.000Z",
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
            "name" : "Dmitri Sokolenko",
            "screen_name" : "dmitri_plays",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1398862204557492224",
            "id" : "1398862204557492224"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "173"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2093508412340176555",
      "id_str" : "2093659596400415081",
      "in_reply_to_user_id" : "1398862204557492224",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093659596400415081",
      "in_reply_to_status_id" : "2093508412340176555",
      "created_at" : "Sat Aug 29 11:18:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@dmitri_plays Rules answer from last night: you can only trade with the harbour on your own turn, but other players can trade with you any time. Your table was right, sorry!",
      "lang" : "en",
      "in_reply_to_screen_name" : "dmitri_plays",
      "in_reply_to_user_id_str" : "1398862204557492224"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093035834717784173"
          ],
          "editableUntil" : "2026-08-27T19:00:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "BoardGameNight",
            "indices" : [
              "0",
              "15"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "174"
      ],
      "favorite_count" : "5",
      "id_str" : "2093035834717784173",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2093035834717784173",
      "created_at" : "Thu Aug 27 18:00:04 +0000 2026",
      "favorited" : false,
      "full_text" : "#BoardGameNight is every night here, but Sunday is special: free cover all day, a learn-to-play table every hour, and a Lanternfall tournament at 4pm. Sign up at the counter.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092287272546766735"
          ],
          "editableUntil" : "2026-08-25T17:25:33.000Z",
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
            "name" : "Bean There Coffee",
            "screen_name" : "BeanThereQH",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "2890417733",
            "id" : "2890417733"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "168"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2092254427996163226",
      "id_str" : "2092287272546766735",
      "in_reply_to_user_id" : "2890417733",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092287272546766735",
      "in_reply_to_status_id" : "2092254427996163226",
      "created_at" : "Tue Aug 25 16:25:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@BeanThereQH Happy 10 years, Marisol! The first coffee I ever had in Quarry Hill was yours, and you lent us chairs for our opening night. Still have one of them, sorry.",
      "lang" : "en",
      "in_reply_to_screen_name" : "BeanThereQH",
      "in_reply_to_user_id_str" : "2890417733"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091159669170381827"
          ],
          "editableUntil" : "2026-08-22T14:44:51.000Z",
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
            "name" : "Lila Ortega",
            "screen_name" : "lila_ortega",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1755219904471117824",
            "id" : "1755219904471117824"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "131"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2091149518010301283",
      "id_str" : "2091159669170381827",
      "in_reply_to_user_id" : "1755219904471117824",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091159669170381827",
      "in_reply_to_status_id" : "2091149518010301283",
      "created_at" : "Sat Aug 22 13:44:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@lila_ortega Biased, but: us! Saturdays we open at noon, and 10 is the perfect age for Tidepool Tycoon. Kids under 12 are $3 cover.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lila_ortega",
      "in_reply_to_user_id_str" : "1755219904471117824"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090409045493889319"
          ],
          "editableUntil" : "2026-08-20T13:02:09.000Z",
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
            "name" : "Quarry Hill Lost Pets",
            "screen_name" : "qh_lostpets",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "1180447316942688257",
            "id" : "1180447316942688257"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "175"
      ],
      "favorite_count" : "0",
      "id_str" : "2090409045493889319",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090409045493889319",
      "created_at" : "Thu Aug 20 12:02:09 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @qh_lostpets: MISSING: grey whippet called Biscuit, very shy, last seen near Ash Lane and 3rd Street on Wednesday night. Please don't chase him, call the number on his tag.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089731654743235718"
          ],
          "editableUntil" : "2026-08-18T16:10:26.000Z",
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
        "205"
      ],
      "favorite_count" : "12",
      "id_str" : "2089731654743235718",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089731654743235718",
      "created_at" : "Tue Aug 18 15:10:26 +0000 2026",
      "favorited" : false,
      "full_text" : "We're hiring a part-time game guru: 15 to 20 hours a week, evenings and weekends. You'll teach games to strangers and reshelve them forever. Send a note about your favourite game to jobs@rollinghexcafe.com",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088455084346493493"
          ],
          "editableUntil" : "2026-08-15T03:37:48.000Z",
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
            "name" : "Quarry Hill Electric",
            "screen_name" : "QHElectric",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "417720956",
            "id" : "417720956"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "128"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "2088449487898617635",
      "id_str" : "2088455084346493493",
      "in_reply_to_user_id" : "417720956",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088455084346493493",
      "in_reply_to_status_id" : "2088449487898617635",
      "created_at" : "Sat Aug 15 02:37:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@QHElectric Third outage on a Friday night this month. 40 people just finished a game by phone flashlight. Any ETA for Ash Lane?",
      "lang" : "en",
      "in_reply_to_screen_name" : "QHElectric",
      "in_reply_to_user_id_str" : "417720956"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088035699900577546"
          ],
          "editableUntil" : "2026-08-13T23:51:19.000Z",
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
            "name" : "Quarry Hill Storm FC",
            "screen_name" : "QHStormFC",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "3318492770",
            "id" : "3318492770"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "145"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2088031036972407350",
      "id_str" : "2088035699900577546",
      "in_reply_to_user_id" : "3318492770",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088035699900577546",
      "in_reply_to_status_id" : "2088031036972407350",
      "created_at" : "Thu Aug 13 22:51:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@QHStormFC What a finish! Celebrate the win with a game night: show your Storm ticket stub at Rolling Hex this week for 10% off food and drinks 🎲",
      "lang" : "en",
      "in_reply_to_screen_name" : "QHStormFC",
      "in_reply_to_user_id_str" : "3318492770"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087346985774353100"
          ],
          "editableUntil" : "2026-08-12T02:14:37.000Z",
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
            "name" : "Jess Kowalczyk",
            "screen_name" : "jess_plays_late",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1623994857013231616",
            "id" : "1623994857013231616"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "204"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2087293993791515451",
      "id_str" : "2087346985774353100",
      "in_reply_to_user_id" : "1623994857013231616",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087346985774353100",
      "in_reply_to_status_id" : "2087293993791515451",
      "created_at" : "Wed Aug 12 01:14:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@jess_plays_late That's on us, and I'm sorry. We seated three walk-in groups over reservations on Saturday and you shouldn't have waited 40 minutes. DM us your name and your next cover is on the house. Mo",
      "lang" : "en",
      "in_reply_to_screen_name" : "jess_plays_late",
      "in_reply_to_user_id_str" : "1623994857013231616"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086867675426439727"
          ],
          "editableUntil" : "2026-08-10T18:30:00.000Z",
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
        "158"
      ],
      "favorite_count" : "27",
      "id_str" : "2086867675426439727",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2086867675426439727",
      "created_at" : "Mon Aug 10 17:30:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Tuesday is Two-for-Table night: two people, $5 cover for both of you, all night. Bring the friend who has never played anything harder than snap. We'll teach.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086100349982036219"
          ],
          "editableUntil" : "2026-08-08T15:40:55.000Z",
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
            "name" : "Theo Marchbanks",
            "screen_name" : "theo_m_reads",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1271558032640389120",
            "id" : "1271558032640389120"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "0",
      "id_str" : "2086100349982036219",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2086100349982036219",
      "created_at" : "Sat Aug 08 14:40:55 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @theo_m_reads: The staff at Rolling Hex taught my whole family a new game in eight minutes flat and nobody cried. Not even me. 10/10",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085834631394302213"
          ],
          "editableUntil" : "2026-08-07T22:05:03.000Z",
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
        "166"
      ],
      "favorite_count" : "19",
      "id_str" : "2085834631394302213",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2085834631394302213",
      "created_at" : "Fri Aug 07 21:05:03 +0000 2026",
      "favorited" : false,
      "full_text" : "New on the shelf this week: Tidepool Tycoon, Lanternfall, and a very battered copy of Hexcraft donated by a regular who says he's done with it forever. He'll be back.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085084095353715054"
          ],
          "editableUntil" : "2026-08-05T20:22:41.000Z",
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
            "name" : "Nadia Kirova",
            "screen_name" : "nadia_kirova",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1489302217718456321",
            "id" : "1489302217718456321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "172"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2085060110943046509",
      "id_str" : "2085084095353715054",
      "in_reply_to_user_id" : "1489302217718456321",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085084095353715054",
      "in_reply_to_status_id" : "2085060110943046509",
      "created_at" : "Wed Aug 05 19:22:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@nadia_kirova Yes! Step-free entrance through the side door on Ash Lane, and the accessible restroom is on the ground floor. Ask for table 4 when you book, it's the widest.",
      "lang" : "en",
      "in_reply_to_screen_name" : "nadia_kirova",
      "in_reply_to_user_id_str" : "1489302217718456321"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084308361749993288"
          ],
          "editableUntil" : "2026-08-03T17:00:12.000Z",
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
      "favorite_count" : "5",
      "id_str" : "2084308361749993288",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2084308361749993288",
      "created_at" : "Mon Aug 03 16:00:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Summer hours from this week: Tue to Thu 4pm to 11pm, Fri 4pm to 1am, Sat noon to 1am, Sun noon to 8pm. Closed Mondays so the games can rest.",
      "lang" : "en"
    }
  }
]
