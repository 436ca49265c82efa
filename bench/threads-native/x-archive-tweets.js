window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2042603505055204264"
          ],
          "editableUntil" : "2026-04-10T15:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "coffee",
            "indices" : [
              "142",
              "149"
            ]
          },
          {
            "text" : "springblend",
            "indices" : [
              "150",
              "162"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/NoUmeyfsMi",
            "expanded_url" : "https://brambleember.com/shop/spring-blend",
            "display_url" : "brambleember.com/shop/spring-b…",
            "indices" : [
              "118",
              "141"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "162"
      ],
      "favorite_count" : "57",
      "id_str" : "2042603505055204264",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2042603505055204264",
      "created_at" : "Fri Apr 10 14:00:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Spring Blend is back 🌸 Washed Ethiopia plus a little Guatemala, bright and easy. Pre-orders open now, ships April 17. https://t.co/NoUmeyfsMi #coffee #springblend",
      "lang" : "en",
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2041982169248772799"
          ],
          "editableUntil" : "2026-04-08T21:51:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Owen Pike",
            "screen_name" : "owen_pike",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "24510993",
            "id" : "24510993"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "83"
      ],
      "favorite_count" : "21",
      "id_str" : "2041982169248772799",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2041982169248772799",
      "created_at" : "Wed Apr 08 20:51:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@owen_pike CONGRATS!!! welcome to the world little Hazel 💛 sleep when you can, Owen",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2041957003428699445",
      "in_reply_to_user_id" : "24510993",
      "in_reply_to_status_id" : "2041957003428699445",
      "in_reply_to_screen_name" : "owen_pike",
      "in_reply_to_user_id_str" : "24510993"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2041113294012878640"
          ],
          "editableUntil" : "2026-04-06T12:18:26.000Z",
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
            "name" : "not a morning person",
            "screen_name" : "grumpycommuter",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1588012345678901248",
            "id" : "1588012345678901248"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "183"
      ],
      "favorite_count" : "9",
      "id_str" : "2041113294012878640",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2041113294012878640",
      "created_at" : "Mon Apr 06 11:18:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@grumpycommuter Fair enough, dark roasts aren't for everyone! If you ever want to give us one more shot, the Ethiopia Guji is our lightest roast. Next cup's on us at the tasting room.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2041083346679107040",
      "in_reply_to_user_id" : "1588012345678901248",
      "in_reply_to_status_id" : "2041083346679107040",
      "in_reply_to_screen_name" : "grumpycommuter",
      "in_reply_to_user_id_str" : "1588012345678901248"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2040257500808130807"
          ],
          "editableUntil" : "2026-04-04T03:37:49.000Z",
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
        "82"
      ],
      "favorite_count" : "74",
      "id_str" : "2040257500808130807",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2040257500808130807",
      "created_at" : "Sat Apr 04 02:37:49 +0000 2026",
      "favorited" : false,
      "full_text" : "GO RIVERCATS!!!! what a game. nobody at the roastery is going to be awake tomorrow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2039334527434590520"
          ],
          "editableUntil" : "2026-04-01T14:30:15.000Z",
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
        "236"
      ],
      "favorite_count" : "31",
      "id_str" : "2039334527434590520",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2039334527434590520",
      "created_at" : "Wed Apr 01 13:30:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Heads up: the shipping carrier strike means orders placed since Friday are running 2-3 days late. We're so sorry. Every delayed order gets a free 100g sample in the box, and if you need it sooner reply here and we'll sort something out.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2038633223029012655"
          ],
          "editableUntil" : "2026-03-30T16:03:31.000Z",
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
            "name" : "Jess Lin",
            "screen_name" : "jlin_reads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "957330118",
            "id" : "957330118"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "177"
      ],
      "favorite_count" : "4",
      "id_str" : "2038633223029012655",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2038633223029012655",
      "created_at" : "Mon Mar 30 15:03:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@jlin_reads Good question! Our decaf is mountain-water process, so no chemical solvents, just water and a carbon filter. Same farm as our Peru Cajamarca, roasted a touch darker.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2038622653380411303",
      "in_reply_to_user_id" : "957330118",
      "in_reply_to_status_id" : "2038622653380411303",
      "in_reply_to_screen_name" : "jlin_reads",
      "in_reply_to_user_id_str" : "957330118"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2037616674733819328"
          ],
          "editableUntil" : "2026-03-27T20:44:07.000Z",
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
        "173"
      ],
      "favorite_count" : "156",
      "id_str" : "2037616674733819328",
      "truncated" : false,
      "retweet_count" : "23",
      "id" : "2037616674733819328",
      "created_at" : "Fri Mar 27 19:44:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Rest easy, Mr. Alvarez. 41 years behind the counter at the hardware store on Mill St, and he never once let anyone leave without the right part. This town won't be the same.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2036777608412249575"
          ],
          "editableUntil" : "2026-03-25T13:09:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Meg 🌿",
            "screen_name" : "meg_brews",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1265519920034807808",
            "id" : "1265519920034807808"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "74"
      ],
      "favorite_count" : "12",
      "id_str" : "2036777608412249575",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2036777608412249575",
      "created_at" : "Wed Mar 25 12:09:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@meg_brews okay that latte art is better than anything we've ever poured 😍",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2036767290424322782",
      "in_reply_to_user_id" : "1265519920034807808",
      "in_reply_to_status_id" : "2036767290424322782",
      "in_reply_to_screen_name" : "meg_brews",
      "in_reply_to_user_id_str" : "1265519920034807808"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2036478273519781064"
          ],
          "editableUntil" : "2026-03-24T17:20:31.000Z",
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
            "url" : "https://t.co/UtKbJq1iqu",
            "expanded_url" : "https://brambleember.com/jobs",
            "display_url" : "brambleember.com/jobs",
            "indices" : [
              "159",
              "182"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "182"
      ],
      "favorite_count" : "19",
      "id_str" : "2036478273519781064",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2036478273519781064",
      "created_at" : "Tue Mar 24 16:20:31 +0000 2026",
      "favorited" : false,
      "full_text" : "We're hiring! Part-time barista for the roastery tasting room, Saturdays and Sundays. No latte art skills required, we'll teach you. Details and how to apply: https://t.co/UtKbJq1iqu",
      "lang" : "en",
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2035268355224973471"
          ],
          "editableUntil" : "2026-03-21T09:12:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "North Loaf Bakery",
            "screen_name" : "northloafbakery",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1301188720455081985",
            "id" : "1301188720455081985"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "74"
      ],
      "favorite_count" : "40",
      "id_str" : "2035268355224973471",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2035268355224973471",
      "created_at" : "Sat Mar 21 08:12:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@northloafbakery you bring the croissants, we'll bring the cold brew. deal",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2035243692720156675",
      "in_reply_to_user_id" : "1301188720455081985",
      "in_reply_to_status_id" : "2035243692720156675",
      "in_reply_to_screen_name" : "northloafbakery",
      "in_reply_to_user_id_str" : "1301188720455081985"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2035007213663224400"
          ],
          "editableUntil" : "2026-03-20T15:55:03.000Z",
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
            "name" : "beanhead",
            "screen_name" : "beanhead77",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "419928311",
            "id" : "419928311"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "224"
      ],
      "favorite_count" : "14",
      "id_str" : "2035007213663224400",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2035007213663224400",
      "created_at" : "Fri Mar 20 14:55:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@beanhead77 We hear you, and we don't love it either. Green coffee prices are up about 40% since last spring and we'd rather raise the price than pay farmers less. The 1kg bags still work out about 12% cheaper if that helps.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2034992869146896522",
      "in_reply_to_user_id" : "419928311",
      "in_reply_to_status_id" : "2034992869146896522",
      "in_reply_to_screen_name" : "beanhead77",
      "in_reply_to_user_id_str" : "419928311"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2034440282176795863"
          ],
          "editableUntil" : "2026-03-19T02:22:16.000Z",
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
        "132"
      ],
      "favorite_count" : "88",
      "id_str" : "2034440282176795863",
      "truncated" : false,
      "retweet_count" : "41",
      "id" : "2034440282176795863",
      "created_at" : "Thu Mar 19 01:22:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Power's out on the whole east side. Trees are down on Mill Rd and Cedar, please drive carefully and check on your neighbors tonight.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2033838584101307992"
          ],
          "editableUntil" : "2026-03-17T10:31:20.000Z",
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
            "name" : "Meg 🌿",
            "screen_name" : "meg_brews",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "1265519920034807808",
            "id" : "1265519920034807808"
          },
          {
            "name" : null,
            "screen_name" : "brambleember",
            "indices" : [
              "30",
              "43"
            ],
            "id_str" : null,
            "id" : null
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "0",
      "id_str" : "2033838584101307992",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2033838584101307992",
      "created_at" : "Tue Mar 17 09:31:20 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @meg_brews: the Huila from @brambleember is stupid good. tastes like apple pie?? I don't even like fruity coffee",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2033589811544733327"
          ],
          "editableUntil" : "2026-03-16T18:02:48.000Z",
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
            "url" : "https://t.co/oaWvVPQwFX",
            "expanded_url" : "https://brambleember.com/events/march-cupping",
            "display_url" : "brambleember.com/events/march…",
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
      "favorite_count" : "29",
      "id_str" : "2033589811544733327",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2033589811544733327",
      "created_at" : "Mon Mar 16 17:02:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Free public cupping at the roastery this Saturday, 10am. We'll have the new Huila, two naturals and a mystery coffee. Bring a friend, no coffee knowledge required. RSVP so we know how many cups: https://t.co/oaWvVPQwFX",
      "lang" : "en",
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2032483710665100512"
          ],
          "editableUntil" : "2026-03-13T16:47:33.000Z",
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
        "120"
      ],
      "favorite_count" : "64",
      "id_str" : "2032483710665100512",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2032483710665100512",
      "created_at" : "Fri Mar 13 15:47:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Roaster is down for maintenance so the whole crew is just drinking yesterday's test batches. They're fine. They're FINE.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2032037419939246535"
          ],
          "editableUntil" : "2026-03-12T11:14:09.000Z",
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
            "name" : "Dana R.",
            "screen_name" : "dana_r",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "2214490561",
            "id" : "2214490561"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "8",
        "218"
      ],
      "favorite_count" : "6",
      "id_str" : "2032037419939246535",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2032037419939246535",
      "created_at" : "Thu Mar 12 10:14:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@dana_r You're right, and it's on us: the grind selector on the site was saving \"whole bean\" no matter what you picked last week. Refund for that bag just went out, and a replacement ground for pour-over is on its way.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2032028611900391868",
      "in_reply_to_user_id" : "2214490561",
      "in_reply_to_status_id" : "2032028611900391868",
      "in_reply_to_screen_name" : "dana_r",
      "in_reply_to_user_id_str" : "2214490561"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2031800047500034536"
          ],
          "editableUntil" : "2026-03-11T19:30:55.000Z",
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
            "url" : "https://t.co/ddEaXYDA87",
            "expanded_url" : "https://en.wikipedia.org/wiki/Hemileia_vastatrix",
            "display_url" : "en.wikipedia.org/wiki/Hemileia_…",
            "indices" : [
              "137",
              "160"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "37",
      "id_str" : "2031800047500034536",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2031800047500034536",
      "created_at" : "Wed Mar 11 18:30:55 +0000 2026",
      "favorited" : false,
      "full_text" : "Coffee leaf rust is hitting a lot of Central American farms hard again this year. If you've never read about it, this is a decent start: https://t.co/ddEaXYDA87",
      "lang" : "en",
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2031354390116122239"
          ],
          "editableUntil" : "2026-03-10T14:00:02.000Z",
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
            "url" : "https://t.co/9bkh3VblLj",
            "expanded_url" : "https://brambleember.com/subscribe",
            "display_url" : "brambleember.com/subscribe",
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
      "favorite_count" : "22",
      "id_str" : "2031354390116122239",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2031354390116122239",
      "created_at" : "Tue Mar 10 13:00:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Subscribers: this month's box ships Thursday. If you've been thinking about it, code SPRING15 takes 15% off your first 3 months. https://t.co/9bkh3VblLj",
      "lang" : "en",
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2030753589622409584"
          ],
          "editableUntil" : "2026-03-08T22:12:40.000Z",
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
        "166"
      ],
      "favorite_count" : "211",
      "id_str" : "2030753589622409584",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2030753589622409584",
      "created_at" : "Sun Mar 08 21:12:40 +0000 2026",
      "favorited" : false,
      "full_text" : "Our head roaster Priya ran her first marathon today. 4:12:30!!! She trained through a whole winter of 5am roast days and we are so proud of her we can barely stand it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2028873144727156919"
          ],
          "editableUntil" : "2026-03-03T17:40:27.000Z",
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
            "name" : "Kelsey Martin",
            "screen_name" : "kjmartin",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "88127734",
            "id" : "88127734"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "10",
        "164"
      ],
      "favorite_count" : "3",
      "id_str" : "2028873144727156919",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2028873144727156919",
      "created_at" : "Tue Mar 03 16:40:27 +0000 2026",
      "favorited" : false,
      "full_text" : "@kjmartin Ugh, that is not how it should show up at your door. So sorry. DM us your order number and we'll ship a fresh bag today, no need to send the old one back.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2028860561814975067",
      "in_reply_to_user_id" : "88127734",
      "in_reply_to_status_id" : "2028860561814975067",
      "in_reply_to_screen_name" : "kjmartin",
      "in_reply_to_user_id_str" : "88127734"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2028471682724889464"
          ],
          "editableUntil" : "2026-03-02T15:05:11.000Z",
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
            "url" : "https://t.co/gKNwuSlR7T",
            "expanded_url" : "https://brambleember.com/shop/huila-rojas",
            "display_url" : "brambleember.com/shop/huila-rojas",
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
      "favorite_count" : "48",
      "id_str" : "2028471682724889464",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2028471682724889464",
      "created_at" : "Mon Mar 02 14:05:11 +0000 2026",
      "favorited" : false,
      "full_text" : "New single origin drops Friday ☕ Huila, Colombia from the Rojas family farm. Panela, red apple, a little cocoa. Small lot, 180 bags total. https://t.co/gKNwuSlR7T",
      "lang" : "en",
      "possibly_sensitive" : false
    }
  }
]