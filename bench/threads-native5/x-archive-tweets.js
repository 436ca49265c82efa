window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2045475156261101618"
          ],
          "editableUntil" : "2026-04-18T13:10:55.000Z",
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
        "154"
      ],
      "favorite_count" : "76",
      "id_str" : "2045475156261101618",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2045475156261101618",
      "created_at" : "Sat Apr 18 12:10:55 +0000 2026",
      "favorited" : false,
      "full_text" : "Thank you to everyone at the Pellbrook Fun Run this morning. We handed out 400 slices of banana bread at mile 3 and ran out by 9:40. Same time next year 🏃",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2045182507090059943"
          ],
          "editableUntil" : "2026-04-17T17:48:02.000Z",
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
        "147"
      ],
      "favorite_count" : "29",
      "id_str" : "2045182507090059943",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2045182507090059943",
      "created_at" : "Fri Apr 17 16:48:02 +0000 2026",
      "favorited" : false,
      "full_text" : "We're at Pellbrook Farmers' Market this Sunday, stall 14 by the clock tower, with rye, focaccia and the last of the rhubarb danishes. Cash or card.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2044409777880389668"
          ],
          "editableUntil" : "2026-04-15T14:37:29.000Z",
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
            "name" : "Pellbrook Eats",
            "screen_name" : "PellbrookEats",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1345098112774254593",
            "id" : "1345098112774254593"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "112"
      ],
      "favorite_count" : "33",
      "in_reply_to_status_id_str" : "2044338306938325515",
      "id_str" : "2044409777880389668",
      "in_reply_to_user_id" : "1345098112774254593",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2044409777880389668",
      "in_reply_to_status_id" : "2044338306938325515",
      "created_at" : "Wed Apr 15 13:37:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@PellbrookEats Thank you for such a lovely write-up. Sunita has read it four times and is pretending she hasn't.",
      "lang" : "en",
      "in_reply_to_screen_name" : "PellbrookEats",
      "in_reply_to_user_id_str" : "1345098112774254593"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2043767244061736299"
          ],
          "editableUntil" : "2026-04-13T20:04:17.000Z",
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
        "196"
      ],
      "favorite_count" : "517",
      "id_str" : "2043767244061736299",
      "truncated" : false,
      "retweet_count" : "96",
      "id" : "2043767244061736299",
      "created_at" : "Mon Apr 13 19:04:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Tip: if your loaf has gone hard, run it under the tap for a few seconds and put it in a hot oven for 8 minutes. Good as new. Don't tell anyone we told you, we'd sell more bread if you didn't know.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2042881268643439074"
          ],
          "editableUntil" : "2026-04-11T09:23:44.000Z",
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
            "name" : "Stour Valley Mill",
            "screen_name" : "StourMill",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1044875621",
            "id" : "1044875621"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "110"
      ],
      "favorite_count" : "27",
      "in_reply_to_status_id_str" : "2042822632273659410",
      "id_str" : "2042881268643439074",
      "in_reply_to_user_id" : "1044875621",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2042881268643439074",
      "in_reply_to_status_id" : "2042822632273659410",
      "created_at" : "Sat Apr 11 08:23:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@StourMill Thank you for getting our flour to us through last week's floods. Local mills are the best mills. 🌾",
      "lang" : "en",
      "in_reply_to_screen_name" : "StourMill",
      "in_reply_to_user_id_str" : "1044875621"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2042208942684337765"
          ],
          "editableUntil" : "2026-04-09T12:52:09.000Z",
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
            "url" : "https://t.co/3pO288l1PK",
            "expanded_url" : "https://hearthandhollow.co.uk/classes/sourdough-april",
            "display_url" : "hearthandhollow.co.uk/cla…",
            "indices" : [
              "173",
              "196"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "196"
      ],
      "favorite_count" : "41",
      "id_str" : "2042208942684337765",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2042208942684337765",
      "possibly_sensitive" : false,
      "created_at" : "Thu Apr 09 11:52:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Bread class! Learn to make a sourdough loaf from scratch with our head baker Sunita. Saturday 25 April, 2 to 5pm, £45 including a jar of starter to take home. Eight places: https://t.co/3pO288l1PK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2041565565812094771"
          ],
          "editableUntil" : "2026-04-07T18:15:36.000Z",
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
        "101"
      ],
      "favorite_count" : "64",
      "id_str" : "2041565565812094771",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2041565565812094771",
      "created_at" : "Tue Apr 07 17:15:36 +0000 2026",
      "favorited" : false,
      "full_text" : "Settle a family argument for us: is a cheese scone better warm with butter, or cold with more butter?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2040363834801800010"
          ],
          "editableUntil" : "2026-04-04T10:40:21.000Z",
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
            "name" : "The Pellbrook Post",
            "screen_name" : "PellbrookPost",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "701266390",
            "id" : "701266390"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "0",
      "id_str" : "2040363834801800010",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "2040363834801800010",
      "created_at" : "Sat Apr 04 09:40:21 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @PellbrookPost: Cole Bridge reopens to traffic on Monday after eight months of repairs. Buses return to their normal route from 6am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2039680989525483329"
          ],
          "editableUntil" : "2026-04-02T13:26:58.000Z",
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
            "name" : "Rhodri Evans",
            "screen_name" : "rhodri_pell",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1519088274655223808",
            "id" : "1519088274655223808"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "168"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "2039647518982507549",
      "id_str" : "2039680989525483329",
      "in_reply_to_user_id" : "1519088274655223808",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2039680989525483329",
      "in_reply_to_status_id" : "2039647518982507549",
      "created_at" : "Thu Apr 02 12:26:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@rhodri_pell That queue was the longest we've ever had and we're sorry you waited 40 minutes. From this weekend there's a second till and a pre-order shelf by the door.",
      "lang" : "en",
      "in_reply_to_screen_name" : "rhodri_pell",
      "in_reply_to_user_id_str" : "1519088274655223808"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2038921682089825224"
          ],
          "editableUntil" : "2026-03-31T11:09:45.000Z",
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
            "url" : "https://t.co/MpCHhXDIyC",
            "expanded_url" : "https://hearthandhollow.co.uk/preorder/hot-cross-buns",
            "display_url" : "hearthandhollow.co.uk/pre…",
            "indices" : [
              "109",
              "132"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "57",
      "id_str" : "2038921682089825224",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2038921682089825224",
      "possibly_sensitive" : false,
      "created_at" : "Tue Mar 31 10:09:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Hot cross buns are back from tomorrow until Easter Monday 🐣 Pre-order a box of six (£9) for collection here: https://t.co/MpCHhXDIyC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2037921453833344361"
          ],
          "editableUntil" : "2026-03-28T16:55:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "PellbrookFridge",
            "indices" : [
              "176",
              "192"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "192"
      ],
      "favorite_count" : "233",
      "id_str" : "2037921453833344361",
      "truncated" : false,
      "retweet_count" : "71",
      "id" : "2037921453833344361",
      "created_at" : "Sat Mar 28 15:55:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Every loaf we haven't sold by 4pm goes to the Pellbrook Community Fridge on Mill Lane. Last month that was 312 loaves. If you're struggling, please use it, no questions asked. #PellbrookFridge",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2037062623952076123"
          ],
          "editableUntil" : "2026-03-26T08:02:31.000Z",
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
            "name" : "Ayo Okonjo",
            "screen_name" : "Ayo_Okonjo",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1287734550194663424",
            "id" : "1287734550194663424"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "168"
      ],
      "favorite_count" : "88",
      "in_reply_to_status_id_str" : "2036995682859112472",
      "id_str" : "2037062623952076123",
      "in_reply_to_user_id" : "1287734550194663424",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2037062623952076123",
      "in_reply_to_status_id" : "2036995682859112472",
      "created_at" : "Thu Mar 26 07:02:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@Ayo_Okonjo Happy 80th birthday, Mr Okonjo! Forty-five years of buying your rye on this corner (the last nine of them from us). Your loaf is on the house this Saturday.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Ayo_Okonjo",
      "in_reply_to_user_id_str" : "1287734550194663424"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2036537056687363145"
          ],
          "editableUntil" : "2026-03-24T21:14:06.000Z",
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
            "name" : "Lorna Vale",
            "screen_name" : "lornavalemusic",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "312984471",
            "id" : "312984471"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/ZhD96ftm3D",
            "expanded_url" : "https://hearthandhollow.co.uk/order?code=LORNA10",
            "display_url" : "hearthandhollow.co.uk/ord…",
            "indices" : [
              "164",
              "187"
            ]
          }
        ]
      },
      "display_text_range" : [
        "16",
        "187"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2036518433981463787",
      "id_str" : "2036537056687363145",
      "in_reply_to_user_id" : "312984471",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2036537056687363145",
      "in_reply_to_status_id" : "2036518433981463787",
      "possibly_sensitive" : false,
      "created_at" : "Tue Mar 24 20:14:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@lornavalemusic Huge fans here! If you're ever in Pellbrook the cardamom knots are on us 😍 And for everyone else: 10% off online orders this week with code LORNA10 https://t.co/ZhD96ftm3D",
      "lang" : "en",
      "in_reply_to_screen_name" : "lornavalemusic",
      "in_reply_to_user_id_str" : "312984471"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2035424660159592149"
          ],
          "editableUntil" : "2026-03-21T19:33:50.000Z",
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
            "name" : "Tom Oakes",
            "screen_name" : "tomoakes_pell",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "2271904388",
            "id" : "2271904388"
          },
          {
            "name" : "Hearth & Hollow Bakery",
            "screen_name" : "HearthHollowBkry",
            "indices" : [
              "37",
              "54"
            ],
            "id_str" : "1190452871634300928",
            "id" : "1190452871634300928"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "0",
      "id_str" : "2035424660159592149",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2035424660159592149",
      "created_at" : "Sat Mar 21 18:33:50 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @tomoakes_pell: The seeded rye at @HearthHollowBkry is the best bread I've had outside Copenhagen and I will not be taking questions.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2034521613924055708"
          ],
          "editableUntil" : "2026-03-19T07:45:27.000Z",
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
        "100"
      ],
      "favorite_count" : "402",
      "id_str" : "2034521613924055708",
      "truncated" : false,
      "retweet_count" : "37",
      "id" : "2034521613924055708",
      "created_at" : "Thu Mar 19 06:45:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Our sourdough starter, Doughnald, turns 9 today. He has outlived two ovens, one van and a fridge. 🎂🍞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2033453224032429207"
          ],
          "editableUntil" : "2026-03-16T09:00:03.000Z",
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
        "183"
      ],
      "favorite_count" : "120",
      "id_str" : "2033453224032429207",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2033453224032429207",
      "created_at" : "Mon Mar 16 08:00:03 +0000 2026",
      "favorited" : false,
      "full_text" : "Butter has gone up 38% since last spring. From Monday our croissants will be £2.60 (from £2.30). We held off as long as we could. Thank you for understanding, and for still coming in.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2032458842637042879"
          ],
          "editableUntil" : "2026-03-13T15:08:44.000Z",
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
            "name" : "Priya Raman",
            "screen_name" : "priya_eats_pell",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1623350019847712768",
            "id" : "1623350019847712768"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "179"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "2032380325266266437",
      "id_str" : "2032458842637042879",
      "in_reply_to_user_id" : "1623350019847712768",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2032458842637042879",
      "in_reply_to_status_id" : "2032380325266266437",
      "created_at" : "Fri Mar 13 14:08:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@priya_eats_pell Yes! The sourdough, the rye and the baguettes are all vegan. The danishes and buns have butter and egg in them. We'll label the counter better, thanks for asking.",
      "lang" : "en",
      "in_reply_to_screen_name" : "priya_eats_pell",
      "in_reply_to_user_id_str" : "1623350019847712768"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2031271661664128653"
          ],
          "editableUntil" : "2026-03-10T08:31:18.000Z",
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
        "203"
      ],
      "favorite_count" : "44",
      "id_str" : "2031271661664128653",
      "truncated" : false,
      "retweet_count" : "29",
      "id" : "2031271661664128653",
      "created_at" : "Tue Mar 10 07:31:18 +0000 2026",
      "favorited" : false,
      "full_text" : "We're hiring! Early baker, 4am starts, four days a week, £13.50/hr plus all the bread you can carry. No experience needed, just a love of flour and a working alarm clock. Email jobs@hearthandhollow.co.uk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2030210070741749337"
          ],
          "editableUntil" : "2026-03-07T10:12:55.000Z",
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
            "name" : "Dana Kellaway",
            "screen_name" : "dana_kell",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "884120394718208000",
            "id" : "884120394718208000"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "172"
      ],
      "favorite_count" : "0",
      "id_str" : "2030210070741749337",
      "truncated" : false,
      "retweet_count" : "54",
      "id" : "2030210070741749337",
      "created_at" : "Sat Mar 07 09:12:55 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dana_kell: Our dog Biscuit slipped his lead on Canal Street this morning. Small, ginger, answers to nothing but will come for cheese. Please reply or DM if you see him.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2029955325492447639"
          ],
          "editableUntil" : "2026-03-06T17:20:39.000Z",
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
        "134"
      ],
      "favorite_count" : "38",
      "id_str" : "2029955325492447639",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2029955325492447639",
      "created_at" : "Fri Mar 06 16:20:39 +0000 2026",
      "favorited" : false,
      "full_text" : "The oven is making a noise we don't like. We're closed Monday 9 March while the engineer has a look. Back on Tuesday, fingers crossed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2029161691872576154"
          ],
          "editableUntil" : "2026-03-04T12:47:02.000Z",
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
            "name" : "Maggie Thorne",
            "screen_name" : "mags_pell",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1402987765532741633",
            "id" : "1402987765532741633"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "148"
      ],
      "favorite_count" : "12",
      "in_reply_to_status_id_str" : "2029079902946210259",
      "id_str" : "2029161691872576154",
      "in_reply_to_user_id" : "1402987765532741633",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2029161691872576154",
      "in_reply_to_status_id" : "2029079902946210259",
      "created_at" : "Wed Mar 04 11:47:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@mags_pell We're so sorry, it should have said \"Happy 40th Marcus\", not \"Happy 40th Marco\". Please DM us, we'd like to refund you and make it right.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mags_pell",
      "in_reply_to_user_id_str" : "1402987765532741633"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2028381098342739052"
          ],
          "editableUntil" : "2026-03-02T09:05:14.000Z",
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
        "162"
      ],
      "favorite_count" : "61",
      "id_str" : "2028381098342739052",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2028381098342739052",
      "created_at" : "Mon Mar 02 08:05:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Spring menu starts Saturday: cardamom knots, rhubarb and custard danishes, and the return of the seeded rye you've all been emailing us about. Doors open at 7:30.",
      "lang" : "en"
    }
  }
]
