window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2321372865568307534"
          ],
          "editableUntil" : "2028-05-18T21:09:54.000Z",
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
            "name" : "Sam Treadwell",
            "screen_name" : "sam_treadwell",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1374920016283746305",
            "id" : "1374920016283746305"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "108"
      ],
      "favorite_count" : "19",
      "in_reply_to_status_id_str" : "2321314186462797163",
      "id_str" : "2321372865568307534",
      "in_reply_to_user_id" : "1374920016283746305",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2321372865568307534",
      "in_reply_to_status_id" : "2321314186462797163",
      "created_at" : "Thu May 18 20:09:54 +0000 2028",
      "favorited" : false,
      "full_text" : "@sam_treadwell A cilantro-free batch? It's on the list. No promises, but the list is where good ideas start.",
      "lang" : "en",
      "in_reply_to_screen_name" : "sam_treadwell",
      "in_reply_to_user_id_str" : "1374920016283746305"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2320233968358621812"
          ],
          "editableUntil" : "2028-05-15T17:44:20.000Z",
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
        "144"
      ],
      "favorite_count" : "341",
      "id_str" : "2320233968358621812",
      "truncated" : false,
      "retweet_count" : "120",
      "id" : "2320233968358621812",
      "created_at" : "Mon May 15 16:44:20 +0000 2028",
      "favorited" : false,
      "full_text" : "Reminder: we don't sell on any marketplace. If you see \"Cinder and Lime\" on a discount site for $4.99, it isn't us, and it isn't sauce you want.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2319105576800533823"
          ],
          "editableUntil" : "2028-05-12T15:00:31.000Z",
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
            "url" : "https://t.co/zwL5JLhVMa",
            "expanded_url" : "https://cinderandlime.com/jam",
            "display_url" : "cinderandlime.com/jam",
            "indices" : [
              "120",
              "143"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "517",
      "id_str" : "2319105576800533823",
      "truncated" : false,
      "retweet_count" : "88",
      "id" : "2319105576800533823",
      "possibly_sensitive" : false,
      "created_at" : "Fri May 12 14:00:31 +0000 2028",
      "favorited" : false,
      "full_text" : "New: Smoked Fresno Pepper Jam. Small batch, 600 jars, sweet first and hot second. Great on cheese, better on cornbread. https://t.co/zwL5JLhVMa",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2318200440262412098"
          ],
          "editableUntil" : "2028-05-10T03:03:49.000Z",
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
            "name" : "jules",
            "screen_name" : "jokesbyjules",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1417283946501928960",
            "id" : "1417283946501928960"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/6IukT5DSNR",
            "expanded_url" : "https://cinderandlime.com/jam",
            "display_url" : "cinderandlime.com/jam",
            "indices" : [
              "105",
              "128"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "128"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "2318172274020608710",
      "id_str" : "2318200440262412098",
      "in_reply_to_user_id" : "1417283946501928960",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2318200440262412098",
      "in_reply_to_status_id" : "2318172274020608710",
      "possibly_sensitive" : false,
      "created_at" : "Wed May 10 02:03:49 +0000 2028",
      "favorited" : false,
      "full_text" : "@jokesbyjules Tomato jam is great, but have you tried pepper jam? Our Smoked Fresno jam launches Friday: https://t.co/6IukT5DSNR",
      "lang" : "en",
      "in_reply_to_screen_name" : "jokesbyjules",
      "in_reply_to_user_id_str" : "1417283946501928960"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2317658943430148150"
          ],
          "editableUntil" : "2028-05-08T15:12:06.000Z",
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
            "name" : "Labelworks",
            "screen_name" : "LabelworksCo",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "2938475610",
            "id" : "2938475610"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "117"
      ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "2317636488004456817",
      "id_str" : "2317658943430148150",
      "in_reply_to_user_id" : "2938475610",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2317658943430148150",
      "in_reply_to_status_id" : "2317636488004456817",
      "created_at" : "Mon May 08 14:12:06 +0000 2028",
      "favorited" : false,
      "full_text" : "@LabelworksCo Our new roll of 2,000 labels came with every single one printed upside down. Order 55812. Can you help?",
      "lang" : "en",
      "in_reply_to_screen_name" : "LabelworksCo",
      "in_reply_to_user_id_str" : "2938475610"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2316684568197518769"
          ],
          "editableUntil" : "2028-05-05T22:40:17.000Z",
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
            "name" : "Gemma | ghost pepper girl",
            "screen_name" : "ghostpeppergrl",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1488203991827456001",
            "id" : "1488203991827456001"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "46"
      ],
      "favorite_count" : "27",
      "in_reply_to_status_id_str" : "2316628608506932124",
      "id_str" : "2316684568197518769",
      "in_reply_to_user_id" : "1488203991827456001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2316684568197518769",
      "in_reply_to_status_id" : "2316628608506932124",
      "created_at" : "Fri May 05 21:40:17 +0000 2028",
      "favorited" : false,
      "full_text" : "@ghostpeppergrl Ha! Told you. Milk, not water.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ghostpeppergrl",
      "in_reply_to_user_id_str" : "1488203991827456001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2315560833148079070"
          ],
          "editableUntil" : "2028-05-02T20:14:58.000Z",
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
            "name" : "Hot Head Reviews",
            "screen_name" : "hotheadreviews",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1093847561029384704",
            "id" : "1093847561029384704"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "174"
      ],
      "favorite_count" : "44",
      "in_reply_to_status_id_str" : "2315546444822906854",
      "id_str" : "2315560833148079070",
      "in_reply_to_user_id" : "1093847561029384704",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2315560833148079070",
      "in_reply_to_status_id" : "2315546444822906854",
      "created_at" : "Tue May 02 19:14:58 +0000 2028",
      "favorited" : false,
      "full_text" : "@hotheadreviews Thank you for the honest review! You're right about the vinegar in the first Green Ember batch. We've cut it by a third since, and we'll send you the new one.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hotheadreviews",
      "in_reply_to_user_id_str" : "1093847561029384704"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2314444875180106338"
          ],
          "editableUntil" : "2028-04-29T18:20:33.000Z",
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
            "name" : "Mae in the garden",
            "screen_name" : "gardenwithmae",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1560293847561029632",
            "id" : "1560293847561029632"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/JykFbowu3L",
            "expanded_url" : "https://cinderandlime.com/salsa10",
            "display_url" : "cinderandlime.com/salsa10",
            "indices" : [
              "127",
              "150"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "150"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2314426104391635736",
      "id_str" : "2314444875180106338",
      "in_reply_to_user_id" : "1560293847561029632",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2314444875180106338",
      "in_reply_to_status_id" : "2314426104391635736",
      "possibly_sensitive" : false,
      "created_at" : "Sat Apr 29 17:20:33 +0000 2028",
      "favorited" : false,
      "full_text" : "@gardenwithmae Beautiful seedlings! When they're ripe, try them in our Smoked Fresno salsa, and get 10% off your first bottle: https://t.co/JykFbowu3L",
      "lang" : "en",
      "in_reply_to_screen_name" : "gardenwithmae",
      "in_reply_to_user_id_str" : "1560293847561029632"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2313322530663988575"
          ],
          "editableUntil" : "2028-04-26T16:00:45.000Z",
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
        "146"
      ],
      "favorite_count" : "233",
      "id_str" : "2313322530663988575",
      "truncated" : false,
      "retweet_count" : "29",
      "id" : "2313322530663988575",
      "created_at" : "Wed Apr 26 15:00:45 +0000 2028",
      "favorited" : false,
      "full_text" : "We'll be at booth 22 at New England Chili Fest, June 17-18. Come find us, and the pepper-eating contest trophy we are definitely not going to win.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2312977119214671051"
          ],
          "editableUntil" : "2028-04-25T17:08:12.000Z",
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
            "name" : "New England Chili Fest",
            "screen_name" : "NEChiliFest",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "3920847561",
            "id" : "3920847561"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "0",
      "id_str" : "2312977119214671051",
      "truncated" : false,
      "retweet_count" : "152",
      "id" : "2312977119214671051",
      "created_at" : "Tue Apr 25 16:08:12 +0000 2028",
      "favorited" : false,
      "full_text" : "RT @NEChiliFest: Vendors announced! 60 makers, 3 stages, one very large pepper-eating contest. June 17-18 at Harrow Fairgrounds.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2312590435566065765"
          ],
          "editableUntil" : "2028-04-24T15:31:40.000Z",
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
            "name" : "Millbrook Transit",
            "screen_name" : "MillbrookTransit",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "2219384750",
            "id" : "2219384750"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "107"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "2312575053488622392",
      "id_str" : "2312590435566065765",
      "in_reply_to_user_id" : "2219384750",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2312590435566065765",
      "in_reply_to_status_id" : "2312575053488622392",
      "created_at" : "Mon Apr 24 14:31:40 +0000 2028",
      "favorited" : false,
      "full_text" : "@MillbrookTransit Thanks for the quick answer. We'll tell the crew to catch the 7:25 until the detour ends.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MillbrookTransit",
      "in_reply_to_user_id_str" : "2219384750"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2312550290989138311"
          ],
          "editableUntil" : "2028-04-24T12:52:09.000Z",
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
            "name" : "Millbrook Transit",
            "screen_name" : "MillbrookTransit",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "2219384750",
            "id" : "2219384750"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "127"
      ],
      "favorite_count" : "14",
      "in_reply_to_status_id_str" : "2312527640293702416",
      "id_str" : "2312550290989138311",
      "in_reply_to_user_id" : "2219384750",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2312550290989138311",
      "in_reply_to_status_id" : "2312527640293702416",
      "created_at" : "Mon Apr 24 11:52:09 +0000 2028",
      "favorited" : false,
      "full_text" : "@MillbrookTransit The 7:40 on Route 4 hasn't come two mornings in a row. Half our kitchen crew rides it. Is something going on?",
      "lang" : "en",
      "in_reply_to_screen_name" : "MillbrookTransit",
      "in_reply_to_user_id_str" : "2219384750"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2310844826084476889"
          ],
          "editableUntil" : "2028-04-19T19:55:14.000Z",
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
            "name" : "Finn Foodie",
            "screen_name" : "FoodieFinnegan",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1249384756473829376",
            "id" : "1249384756473829376"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/VSbC7cdNgk",
            "expanded_url" : "https://cinderandlime.com/stockists",
            "display_url" : "cinderandlime.com/stock…",
            "indices" : [
              "101",
              "124"
            ]
          }
        ]
      },
      "display_text_range" : [
        "16",
        "124"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "2310774638470469223",
      "id_str" : "2310844826084476889",
      "in_reply_to_user_id" : "1249384756473829376",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2310844826084476889",
      "in_reply_to_status_id" : "2310774638470469223",
      "possibly_sensitive" : false,
      "created_at" : "Wed Apr 19 18:55:14 +0000 2028",
      "favorited" : false,
      "full_text" : "@FoodieFinnegan Not yet! Right now it's our site and 40 shops in New England. The full list is here: https://t.co/VSbC7cdNgk",
      "lang" : "en",
      "in_reply_to_screen_name" : "FoodieFinnegan",
      "in_reply_to_user_id_str" : "1249384756473829376"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2309699343442220213"
          ],
          "editableUntil" : "2028-04-16T16:03:30.000Z",
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
            "url" : "https://t.co/vRMrgyfMGx",
            "expanded_url" : "https://cinderandlime.com/black-habanero",
            "display_url" : "cinderandlime.com/black…",
            "indices" : [
              "93",
              "116"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "402",
      "id_str" : "2309699343442220213",
      "truncated" : false,
      "retweet_count" : "71",
      "id" : "2309699343442220213",
      "possibly_sensitive" : false,
      "created_at" : "Sun Apr 16 15:03:30 +0000 2028",
      "favorited" : false,
      "full_text" : "Restock: Black Habanero is back. We made 1,800 bottles and last time they went in nine days. https://t.co/vRMrgyfMGx",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2308364120955599436"
          ],
          "editableUntil" : "2028-04-12T23:37:48.000Z",
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
            "name" : "tiny kitchen, big pots",
            "screen_name" : "tinyhomecooking",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1702938475610293248",
            "id" : "1702938475610293248"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/gWkkeKIZ0s",
            "expanded_url" : "https://cinderandlime.com/first-order",
            "display_url" : "cinderandlime.com/first…",
            "indices" : [
              "90",
              "113"
            ]
          }
        ]
      },
      "display_text_range" : [
        "17",
        "113"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2308310272974049619",
      "id_str" : "2308364120955599436",
      "in_reply_to_user_id" : "1702938475610293248",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2308364120955599436",
      "in_reply_to_status_id" : "2308310272974049619",
      "possibly_sensitive" : false,
      "created_at" : "Wed Apr 12 22:37:48 +0000 2028",
      "favorited" : false,
      "full_text" : "@tinyhomecooking Tacos! And they're better with Green Ember. Your first order ships free: https://t.co/gWkkeKIZ0s",
      "lang" : "en",
      "in_reply_to_screen_name" : "tinyhomecooking",
      "in_reply_to_user_id_str" : "1702938475610293248"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2307135418042642523"
          ],
          "editableUntil" : "2028-04-09T14:15:22.000Z",
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
      "favorite_count" : "1204",
      "id_str" : "2307135418042642523",
      "truncated" : false,
      "retweet_count" : "36",
      "id" : "2307135418042642523",
      "created_at" : "Sun Apr 09 13:15:22 +0000 2028",
      "favorited" : false,
      "full_text" : "Our head cook Luis became a dad last night. Eight pounds, loud, perfect. The kitchen is closed today and nobody is sorry.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2306059485498051579"
          ],
          "editableUntil" : "2028-04-06T15:00:00.000Z",
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
            "url" : "https://t.co/2HB0CjsZbR",
            "expanded_url" : "https://cinderandlime.com/shop",
            "display_url" : "cinderandlime.com/shop",
            "indices" : [
              "120",
              "143"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "276",
      "id_str" : "2306059485498051579",
      "truncated" : false,
      "retweet_count" : "83",
      "id" : "2306059485498051579",
      "possibly_sensitive" : false,
      "created_at" : "Thu Apr 06 14:00:00 +0000 2028",
      "favorited" : false,
      "full_text" : "All April, 50 cents from every bottle goes to the Millbrook Community Pantry. Last year that came to $3,115. Shop here: https://t.co/2HB0CjsZbR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2305069677878851502"
          ],
          "editableUntil" : "2028-04-03T21:26:51.000Z",
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
            "name" : "Sam Treadwell",
            "screen_name" : "sam_treadwell",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1374920016283746305",
            "id" : "1374920016283746305"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "133"
      ],
      "favorite_count" : "22",
      "in_reply_to_status_id_str" : "2305063270667230377",
      "id_str" : "2305069677878851502",
      "in_reply_to_user_id" : "1374920016283746305",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2305069677878851502",
      "in_reply_to_status_id" : "2305063270667230377",
      "created_at" : "Mon Apr 03 20:26:51 +0000 2028",
      "favorited" : false,
      "full_text" : "@sam_treadwell No nuts, no gluten, no sesame, and our kitchen handles none of them. Green Ember has cilantro, if that's your nemesis.",
      "lang" : "en",
      "in_reply_to_screen_name" : "sam_treadwell",
      "in_reply_to_user_id_str" : "1374920016283746305"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2304227426899801654"
          ],
          "editableUntil" : "2028-04-01T13:40:03.000Z",
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
            "name" : "Millbrook Daily",
            "screen_name" : "MillbrookDaily",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "118273645",
            "id" : "118273645"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "0",
      "id_str" : "2304227426899801654",
      "truncated" : false,
      "retweet_count" : "96",
      "id" : "2304227426899801654",
      "created_at" : "Sat Apr 01 12:40:03 +0000 2028",
      "favorited" : false,
      "full_text" : "RT @MillbrookDaily: The Route 9 bridge will close for repairs from April 10 to May 2. Detour via Orchard Road.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2302813206983636486"
          ],
          "editableUntil" : "2028-03-28T16:00:27.000Z",
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
        "176"
      ],
      "favorite_count" : "389",
      "id_str" : "2302813206983636486",
      "truncated" : false,
      "retweet_count" : "47",
      "id" : "2302813206983636486",
      "created_at" : "Tue Mar 28 15:00:27 +0000 2028",
      "favorited" : false,
      "full_text" : "Why does Smoked Fresno cost $2 more than the others? We smoke the peppers over applewood for 14 hours and lose about a third of the weight doing it. A thread on how it's made 🌶",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2301412798556370763"
          ],
          "editableUntil" : "2028-03-24T19:15:44.000Z",
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
            "name" : "Millbrook Mudcats",
            "screen_name" : "MillbrookMudcats",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "3140298811",
            "id" : "3140298811"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/gHXvQdgLfY",
            "expanded_url" : "https://cinderandlime.com/shop?code=MUDCATS",
            "display_url" : "cinderandlime.com/shop?…",
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
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2301356770038321009",
      "id_str" : "2301412798556370763",
      "in_reply_to_user_id" : "3140298811",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2301412798556370763",
      "in_reply_to_status_id" : "2301356770038321009",
      "possibly_sensitive" : false,
      "created_at" : "Fri Mar 24 18:15:44 +0000 2028",
      "favorited" : false,
      "full_text" : "@MillbrookMudcats Nothing goes with a ballpark hot dog like Black Habanero. 15% off for Mudcats fans with code MUDCATS: https://t.co/gHXvQdgLfY",
      "lang" : "en",
      "in_reply_to_screen_name" : "MillbrookMudcats",
      "in_reply_to_user_id_str" : "3140298811"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2300303639551090795"
          ],
          "editableUntil" : "2028-03-21T17:48:19.000Z",
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
            "name" : "Dana K.",
            "screen_name" : "dana_k_eats",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1620457783921049600",
            "id" : "1620457783921049600"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "139"
      ],
      "favorite_count" : "17",
      "in_reply_to_status_id_str" : "2300242178375834703",
      "id_str" : "2300303639551090795",
      "in_reply_to_user_id" : "1620457783921049600",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2300303639551090795",
      "in_reply_to_status_id" : "2300242178375834703",
      "created_at" : "Tue Mar 21 16:48:19 +0000 2028",
      "favorited" : false,
      "full_text" : "@dana_k_eats We're so sorry, that's not how it should arrive. Please DM us your order number and a photo and we'll send a new bottle today.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dana_k_eats",
      "in_reply_to_user_id_str" : "1620457783921049600"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2299312932094350807"
          ],
          "editableUntil" : "2028-03-19T00:11:36.000Z",
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
            "name" : "Ramona Vélez",
            "screen_name" : "chef_ramona_v",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "1129384756102938624",
            "id" : "1129384756102938624"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "0",
      "id_str" : "2299312932094350807",
      "truncated" : false,
      "retweet_count" : "41",
      "id" : "2299312932094350807",
      "created_at" : "Sat Mar 18 23:11:36 +0000 2028",
      "favorited" : false,
      "full_text" : "RT @chef_ramona_v: Tonight's special: crispy pork belly tacos with a Cinder and Lime Green Ember glaze. Only 30 of them, so come early.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2298502189449780979"
          ],
          "editableUntil" : "2028-03-16T18:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "SauceSaturday",
            "indices" : [
              "0",
              "14"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "148",
      "id_str" : "2298502189449780979",
      "truncated" : false,
      "retweet_count" : "22",
      "id" : "2298502189449780979",
      "created_at" : "Thu Mar 16 17:30:00 +0000 2028",
      "favorited" : false,
      "full_text" : "#SauceSaturday this week: we're at the Millbrook Farmers Market, 8 to 1, with free tastings of the new Green Ember batch.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2296260649433494262"
          ],
          "editableUntil" : "2028-03-10T14:02:55.000Z",
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
            "name" : "Northline Freight",
            "screen_name" : "NorthlineFreight",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "2874410392",
            "id" : "2874410392"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "91"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "2296198369387007658",
      "id_str" : "2296260649433494262",
      "in_reply_to_user_id" : "2874410392",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2296260649433494262",
      "in_reply_to_status_id" : "2296198369387007658",
      "created_at" : "Fri Mar 10 13:02:55 +0000 2028",
      "favorited" : false,
      "full_text" : "@NorthlineFreight Arrived this morning, all 2,400 bottles intact. Thank you for chasing it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "NorthlineFreight",
      "in_reply_to_user_id_str" : "2874410392"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2295932926857549009"
          ],
          "editableUntil" : "2028-03-09T16:20:40.000Z",
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
            "name" : "Northline Freight",
            "screen_name" : "NorthlineFreight",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "2874410392",
            "id" : "2874410392"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "139"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "2295918606720138911",
      "id_str" : "2295932926857549009",
      "in_reply_to_user_id" : "2874410392",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2295932926857549009",
      "in_reply_to_status_id" : "2295918606720138911",
      "created_at" : "Thu Mar 09 15:20:40 +0000 2028",
      "favorited" : false,
      "full_text" : "@NorthlineFreight Our pallet of glass bottles has said \"out for delivery\" for four days now. Tracking NLF-2209-4471. Is it actually coming?",
      "lang" : "en",
      "in_reply_to_screen_name" : "NorthlineFreight",
      "in_reply_to_user_id_str" : "2874410392"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2294549650471721514"
          ],
          "editableUntil" : "2028-03-05T20:44:02.000Z",
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
            "name" : "Gemma | ghost pepper girl",
            "screen_name" : "ghostpeppergrl",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1488203991827456001",
            "id" : "1488203991827456001"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "133"
      ],
      "favorite_count" : "31",
      "in_reply_to_status_id_str" : "2294539729244092787",
      "id_str" : "2294549650471721514",
      "in_reply_to_user_id" : "1488203991827456001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2294549650471721514",
      "in_reply_to_status_id" : "2294539729244092787",
      "created_at" : "Sun Mar 05 19:44:02 +0000 2028",
      "favorited" : false,
      "full_text" : "@ghostpeppergrl The Smoked Fresno is the mildest, about a 3 out of 10. Green Ember is a 6. Don't start with Black Habanero, trust us.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ghostpeppergrl",
      "in_reply_to_user_id_str" : "1488203991827456001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2293377214038734120"
          ],
          "editableUntil" : "2028-03-02T15:05:11.000Z",
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
      "favorite_count" : "212",
      "id_str" : "2293377214038734120",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "2293377214038734120",
      "created_at" : "Thu Mar 02 14:05:11 +0000 2028",
      "favorited" : false,
      "full_text" : "Pepper seeds are in the ground! 400 habanero, 300 fresno, and one tray of something our grower calls \"Aunt Dot's\" and won't explain. First batch of the year in July.",
      "lang" : "en"
    }
  }
]
