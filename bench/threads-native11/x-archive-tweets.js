window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2388053417193818729"
          ],
          "editableUntil" : "2028-11-18T21:14:37.000Z",
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
            "name" : "Priya",
            "screen_name" : "priya_cooks",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1372585322355946206",
            "id" : "1372585322355946206"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "80"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "2388039513073506010",
      "id_str" : "2388053417193818729",
      "in_reply_to_user_id" : "1372585322355946206",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2388053417193818729",
      "in_reply_to_status_id" : "2388039513073506010",
      "created_at" : "Sat Nov 18 20:14:37 +0000 2028",
      "favorited" : false,
      "full_text" : "@priya_cooks So glad the cleaver is back in action. Give the squash our regards.",
      "lang" : "en",
      "in_reply_to_screen_name" : "priya_cooks",
      "in_reply_to_user_id_str" : "1372585322355946206"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2386547431595011035"
          ],
          "editableUntil" : "2028-11-14T17:30:22.000Z",
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
        "118"
      ],
      "favorite_count" : "72",
      "id_str" : "2386547431595011035",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "2386547431595011035",
      "created_at" : "Tue Nov 14 16:30:22 +0000 2028",
      "favorited" : false,
      "full_text" : "Thanksgiving week we're at the market on Wednesday the 22nd instead of Saturday, 8 to 1. Carving knives jump the line.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2382250476454968007"
          ],
          "editableUntil" : "2028-11-02T20:55:48.000Z",
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
            "name" : "Renee",
            "screen_name" : "stylist_renee",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "649223848200758561",
            "id" : "649223848200758561"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "142"
      ],
      "favorite_count" : "12",
      "in_reply_to_status_id_str" : "2382242897347742663",
      "id_str" : "2382250476454968007",
      "in_reply_to_user_id" : "649223848200758561",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2382250476454968007",
      "in_reply_to_status_id" : "2382242897347742663",
      "created_at" : "Thu Nov 02 19:55:48 +0000 2028",
      "favorited" : false,
      "full_text" : "@stylist_renee Hair shears need a convex edge and a specialist. We don't do them, but Ana at Blade and Comb on 4th Street does beautiful work.",
      "lang" : "en",
      "in_reply_to_screen_name" : "stylist_renee",
      "in_reply_to_user_id_str" : "649223848200758561"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2380495250226452746"
          ],
          "editableUntil" : "2028-10-29T00:41:09.000Z",
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
      "favorite_count" : "176",
      "id_str" : "2380495250226452746",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2380495250226452746",
      "created_at" : "Sat Oct 28 23:41:09 +0000 2028",
      "favorited" : false,
      "full_text" : "The sunset over the harbor tonight while we packed up. Some Saturdays pay in other ways.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2379957063628343316"
          ],
          "editableUntil" : "2028-10-27T13:02:36.000Z",
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
            "name" : "The Harbor Gazette",
            "screen_name" : "HarborGazette",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "471587242414239332",
            "id" : "471587242414239332"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "0",
      "id_str" : "2379957063628343316",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2379957063628343316",
      "created_at" : "Fri Oct 27 12:02:36 +0000 2028",
      "favorited" : false,
      "full_text" : "RT @HarborGazette: Harbor Street bridge closes for repairs Oct 30 to Nov 12. Detour via Marsh Road; expect delays at rush hour.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2379297375152001995"
          ],
          "editableUntil" : "2028-10-25T17:21:14.000Z",
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
            "name" : "Harbor Foodie",
            "screen_name" : "harborfoodie",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "763624153424656362",
            "id" : "763624153424656362"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "124"
      ],
      "favorite_count" : "58",
      "in_reply_to_status_id_str" : "2379251879533183020",
      "id_str" : "2379297375152001995",
      "in_reply_to_user_id" : "763624153424656362",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2379297375152001995",
      "in_reply_to_status_id" : "2379251879533183020",
      "created_at" : "Wed Oct 25 16:21:14 +0000 2028",
      "favorited" : false,
      "full_text" : "@harborfoodie Thanks for the write-up! For the record, the dog who sits in the van is called Pickle and she is not for sale.",
      "lang" : "en",
      "in_reply_to_screen_name" : "harborfoodie",
      "in_reply_to_user_id_str" : "763624153424656362"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2378914558239384119"
          ],
          "editableUntil" : "2028-10-24T16:00:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "KnifeTipTuesday",
            "indices" : [
              "0",
              "16"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "97",
      "id_str" : "2378914558239384119",
      "truncated" : false,
      "retweet_count" : "22",
      "id" : "2378914558239384119",
      "created_at" : "Tue Oct 24 15:00:03 +0000 2028",
      "favorited" : false,
      "full_text" : "#KnifeTipTuesday Don't put your chef's knife in the dishwasher. The heat and the rattling dull it faster than a month of cooking.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2377943389245692515"
          ],
          "editableUntil" : "2028-10-21T23:40:58.000Z",
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
            "name" : "Harbor Public Library",
            "screen_name" : "HarborLibrary",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1235920294969074984",
            "id" : "1235920294969074984"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "107"
      ],
      "favorite_count" : "46",
      "in_reply_to_status_id_str" : "2377924435183310001",
      "id_str" : "2377943389245692515",
      "in_reply_to_user_id" : "1235920294969074984",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2377943389245692515",
      "in_reply_to_status_id" : "2377924435183310001",
      "created_at" : "Sat Oct 21 22:40:58 +0000 2028",
      "favorited" : false,
      "full_text" : "@HarborLibrary Thank you for hosting! 14 people, zero cuts, and one very proud retiree with a perfect edge.",
      "lang" : "en",
      "in_reply_to_screen_name" : "HarborLibrary",
      "in_reply_to_user_id_str" : "1235920294969074984"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2377438683208592296"
          ],
          "editableUntil" : "2028-10-20T14:15:27.000Z",
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
        "168"
      ],
      "favorite_count" : "144",
      "id_str" : "2377438683208592296",
      "truncated" : false,
      "retweet_count" : "97",
      "id" : "2377438683208592296",
      "created_at" : "Fri Oct 20 13:15:27 +0000 2028",
      "favorited" : false,
      "full_text" : "Heads up: someone is texting people \"Keen Edge: your knives are ready, pay here\" with a link. That isn't us. We never text payment links, and you always pay at the van.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2377146062565835413"
          ],
          "editableUntil" : "2028-10-19T18:52:41.000Z",
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
            "name" : "Abrasive Direct",
            "screen_name" : "AbrasiveDirect",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "342950469231580804",
            "id" : "342950469231580804"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "61"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2377045286020210276",
      "id_str" : "2377146062565835413",
      "in_reply_to_user_id" : "342950469231580804",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2377146062565835413",
      "in_reply_to_status_id" : "2377045286020210276",
      "created_at" : "Thu Oct 19 17:52:41 +0000 2028",
      "favorited" : false,
      "full_text" : "@AbrasiveDirect They arrived today. Thanks for the quick fix.",
      "lang" : "en",
      "in_reply_to_screen_name" : "AbrasiveDirect",
      "in_reply_to_user_id_str" : "342950469231580804"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2376008669475332526"
          ],
          "editableUntil" : "2028-10-16T15:33:05.000Z",
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
            "name" : "Abrasive Direct",
            "screen_name" : "AbrasiveDirect",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "342950469231580804",
            "id" : "342950469231580804"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "1",
      "id_str" : "2376008669475332526",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2376008669475332526",
      "created_at" : "Mon Oct 16 14:33:05 +0000 2028",
      "favorited" : false,
      "full_text" : "@AbrasiveDirect Order 48213 came with two boxes of 120 grit instead of 400. Can you swap them? We're down to our last belt.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2375051672766914512"
          ],
          "editableUntil" : "2028-10-14T00:10:19.000Z",
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
        "154"
      ],
      "favorite_count" : "301",
      "id_str" : "2375051672766914512",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2375051672766914512",
      "created_at" : "Fri Oct 13 23:10:19 +0000 2028",
      "favorited" : false,
      "full_text" : "Mateo, who runs the van on Sundays, just passed his journeyman certificate. Congratulations, Mateo! Cake at the market tomorrow, first come, first served.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2373888313458513758"
          ],
          "editableUntil" : "2028-10-10T19:07:33.000Z",
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
            "name" : "J. Barnes",
            "screen_name" : "jbarnes_cooks",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "315886300077662961",
            "id" : "315886300077662961"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "176"
      ],
      "favorite_count" : "19",
      "in_reply_to_status_id_str" : "2373857896367320378",
      "id_str" : "2373888313458513758",
      "in_reply_to_user_id" : "315886300077662961",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2373888313458513758",
      "in_reply_to_status_id" : "2373857896367320378",
      "created_at" : "Tue Oct 10 18:07:33 +0000 2028",
      "favorited" : false,
      "full_text" : "@jbarnes_cooks We're really sorry about the chip in your santoku. That's on us. Bring it back any Saturday and we'll regrind it free, and your next two knives are on the house.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jbarnes_cooks",
      "in_reply_to_user_id_str" : "315886300077662961"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2373485227270418263"
          ],
          "editableUntil" : "2028-10-09T16:25:50.000Z",
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
      "favorite_count" : "53",
      "id_str" : "2373485227270418263",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2373485227270418263",
      "created_at" : "Mon Oct 09 15:25:50 +0000 2028",
      "favorited" : false,
      "full_text" : "New: weekly pickup for restaurants in the Harbor district. We collect your knives Monday and bring them back sharp on Tuesday. DM us for a rate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2371996070492482998"
          ],
          "editableUntil" : "2028-10-05T13:48:27.000Z",
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
            "name" : "Mara Kowalczyk",
            "screen_name" : "mara_kowal",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "705102940185375091",
            "id" : "705102940185375091"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "0",
      "id_str" : "2371996070492482998",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2371996070492482998",
      "created_at" : "Thu Oct 05 12:48:27 +0000 2028",
      "favorited" : false,
      "full_text" : "RT @mara_kowal: Lost dog near Pier 9, brown mutt named Biscuit, red collar, very friendly. Please call 555-0187 if you see him.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2371475425657333092"
          ],
          "editableUntil" : "2028-10-04T03:19:36.000Z",
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
            "name" : "Jo",
            "screen_name" : "jo_in_apt4",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "703960767186116857",
            "id" : "703960767186116857"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "111"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2371459919315148323",
      "id_str" : "2371475425657333092",
      "in_reply_to_user_id" : "703960767186116857",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2371475425657333092",
      "in_reply_to_status_id" : "2371459919315148323",
      "created_at" : "Wed Oct 04 02:19:36 +0000 2028",
      "favorited" : false,
      "full_text" : "@jo_in_apt4 Oof. A chipped edge is fixable though. Bring it to Harbor Street on Saturday, $6 and it's like new.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jo_in_apt4",
      "in_reply_to_user_id_str" : "703960767186116857"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2371319551935206294"
          ],
          "editableUntil" : "2028-10-03T17:00:12.000Z",
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
            "url" : "https://t.co/LHEoDD5PlE",
            "expanded_url" : "https://harborlibrary.org/events/knife-sharpening-basics",
            "display_url" : "harborlibrary.org/event…",
            "indices" : [
              "149",
              "172"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "172"
      ],
      "favorite_count" : "88",
      "id_str" : "2371319551935206294",
      "truncated" : false,
      "retweet_count" : "31",
      "id" : "2371319551935206294",
      "possibly_sensitive" : false,
      "created_at" : "Tue Oct 03 16:00:12 +0000 2028",
      "favorited" : false,
      "full_text" : "Learn to sharpen your own knives: a two-hour class at the Harbor Library makerspace, Saturday October 21, 2 to 4 pm. $25, stones provided, 14 spots. https://t.co/LHEoDD5PlE",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2370681302674955806"
          ],
          "editableUntil" : "2028-10-01T22:44:02.000Z",
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
            "name" : "Harbor FC",
            "screen_name" : "HarborFC",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1416521645161077765",
            "id" : "1416521645161077765"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "10",
        "119"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2370678907727762450",
      "id_str" : "2370681302674955806",
      "in_reply_to_user_id" : "1416521645161077765",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2370681302674955806",
      "in_reply_to_status_id" : "2370678907727762450",
      "created_at" : "Sun Oct 01 21:44:02 +0000 2028",
      "favorited" : false,
      "full_text" : "@HarborFC What a finish! Our knives are as sharp as that last-minute header. $6 a knife at Harbor Street this Saturday.",
      "lang" : "en",
      "in_reply_to_screen_name" : "HarborFC",
      "in_reply_to_user_id_str" : "1416521645161077765"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2368715038888083229"
          ],
          "editableUntil" : "2028-09-26T12:30:48.000Z",
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
            "name" : "Mo Adeyemi",
            "screen_name" : "WeatherWithMo",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "275325312658113159",
            "id" : "275325312658113159"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/6CChbTquGS",
            "expanded_url" : "https://keenedge.co/book",
            "display_url" : "keenedge.co/book",
            "indices" : [
              "113",
              "136"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "136"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2368711486312585279",
      "id_str" : "2368715038888083229",
      "in_reply_to_user_id" : "275325312658113159",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2368715038888083229",
      "in_reply_to_status_id" : "2368711486312585279",
      "possibly_sensitive" : false,
      "created_at" : "Tue Sep 26 11:30:48 +0000 2028",
      "favorited" : false,
      "full_text" : "@WeatherWithMo Stay safe out there, everyone! Good time to get your knives sharpened before the power goes out 😄 https://t.co/6CChbTquGS",
      "lang" : "en",
      "in_reply_to_screen_name" : "WeatherWithMo",
      "in_reply_to_user_id_str" : "275325312658113159"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2367759075802021700"
          ],
          "editableUntil" : "2028-09-23T21:12:09.000Z",
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
            "name" : "Dev Patel",
            "screen_name" : "grillmaster_dev",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1416626289206340505",
            "id" : "1416626289206340505"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/MHy15vf7B5",
            "expanded_url" : "https://keenedge.co/book",
            "display_url" : "keenedge.co/book",
            "indices" : [
              "99",
              "122"
            ]
          }
        ]
      },
      "display_text_range" : [
        "17",
        "122"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2367753434464425342",
      "id_str" : "2367759075802021700",
      "in_reply_to_user_id" : "1416626289206340505",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2367759075802021700",
      "in_reply_to_status_id" : "2367753434464425342",
      "possibly_sensitive" : false,
      "created_at" : "Sat Sep 23 20:12:09 +0000 2028",
      "favorited" : false,
      "full_text" : "@grillmaster_dev That brisket deserves a sharper knife than the one in the photo. Book a pickup at https://t.co/MHy15vf7B5",
      "lang" : "en",
      "in_reply_to_screen_name" : "grillmaster_dev",
      "in_reply_to_user_id_str" : "1416626289206340505"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2365854909766372858"
          ],
          "editableUntil" : "2028-09-18T15:05:40.000Z",
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
            "name" : "La Fonda",
            "screen_name" : "LaFondaHarbor",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "198379284520220933",
            "id" : "198379284520220933"
          },
          {
            "name" : "Keen Edge Sharpening",
            "screen_name" : "KeenEdgeVan",
            "indices" : [
              "34",
              "46"
            ],
            "id_str" : "1580227461903357952",
            "id" : "1580227461903357952"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "2365854909766372858",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2365854909766372858",
      "created_at" : "Mon Sep 18 14:05:40 +0000 2028",
      "favorited" : false,
      "full_text" : "RT @LaFondaHarbor: Huge thanks to @KeenEdgeVan for doing all 40 of our knives before the weekend rush. Our line cooks are almost scary now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2364524295275023888"
          ],
          "editableUntil" : "2028-09-14T22:58:17.000Z",
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
            "name" : "Ollie",
            "screen_name" : "knifenerd_ollie",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1444914549453259777",
            "id" : "1444914549453259777"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "160"
      ],
      "favorite_count" : "27",
      "in_reply_to_status_id_str" : "2364515411740446847",
      "id_str" : "2364524295275023888",
      "in_reply_to_user_id" : "1444914549453259777",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2364524295275023888",
      "in_reply_to_status_id" : "2364515411740446847",
      "created_at" : "Thu Sep 14 21:58:17 +0000 2028",
      "favorited" : false,
      "full_text" : "@knifenerd_ollie Fair point, and that's why anything Japanese or over 62 HRC goes on the stones, never the belt. Bring one by on Saturday and watch if you like.",
      "lang" : "en",
      "in_reply_to_screen_name" : "knifenerd_ollie",
      "in_reply_to_user_id_str" : "1444914549453259777"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2364444327752370632"
          ],
          "editableUntil" : "2028-09-14T17:40:31.000Z",
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
        "214"
      ],
      "favorite_count" : "212",
      "id_str" : "2364444327752370632",
      "truncated" : false,
      "retweet_count" : "38",
      "id" : "2364444327752370632",
      "created_at" : "Thu Sep 14 16:40:31 +0000 2028",
      "favorited" : false,
      "full_text" : "Why we don't sharpen on a dry grinding wheel: it can heat an edge enough to ruin the temper in a few seconds. Most knives go on a water-cooled belt, the fancy ones on stones. It takes longer. The edge lasts longer.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2363803738911823246"
          ],
          "editableUntil" : "2028-09-12T23:15:03.000Z",
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
            "name" : "Coastline Auto Care",
            "screen_name" : "CoastlineAuto",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "539556237068578966",
            "id" : "539556237068578966"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "116"
      ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "2363755772851668678",
      "id_str" : "2363803738911823246",
      "in_reply_to_user_id" : "539556237068578966",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2363803738911823246",
      "in_reply_to_status_id" : "2363755772851668678",
      "created_at" : "Tue Sep 12 22:15:03 +0000 2028",
      "favorited" : false,
      "full_text" : "@CoastlineAuto Thank you Rick and crew. New pads and a rotor and she's as quiet as a library. You saved our weekend.",
      "lang" : "en",
      "in_reply_to_screen_name" : "CoastlineAuto",
      "in_reply_to_user_id_str" : "539556237068578966"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2362951199246448314"
          ],
          "editableUntil" : "2028-09-10T14:47:22.000Z",
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
            "name" : "Coastline Auto Care",
            "screen_name" : "CoastlineAuto",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "539556237068578966",
            "id" : "539556237068578966"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "2",
      "id_str" : "2362951199246448314",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2362951199246448314",
      "created_at" : "Sun Sep 10 13:47:22 +0000 2028",
      "favorited" : false,
      "full_text" : "@CoastlineAuto The van is making the grinding noise again from the front left. Any chance of a slot Tuesday morning? We can't miss Saturday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2361588360209912481"
          ],
          "editableUntil" : "2028-09-06T20:31:55.000Z",
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
            "name" : "Dana Ruiz",
            "screen_name" : "dana_ruiz",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1362496533994755864",
            "id" : "1362496533994755864"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "97"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2361576037346116507",
      "id_str" : "2361588360209912481",
      "in_reply_to_user_id" : "1362496533994755864",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2361588360209912481",
      "in_reply_to_status_id" : "2361576037346116507",
      "created_at" : "Wed Sep 06 19:31:55 +0000 2028",
      "favorited" : false,
      "full_text" : "@dana_ruiz We do! Serrated knives are $9 and take about 20 minutes, so drop them off first thing.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dana_ruiz",
      "in_reply_to_user_id_str" : "1362496533994755864"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2360795696473460464"
          ],
          "editableUntil" : "2028-09-04T16:02:10.000Z",
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
            "url" : "https://t.co/ZrwVFJ950M",
            "expanded_url" : "https://keenedge.co/prices",
            "display_url" : "keenedge.co/prices",
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
      "favorite_count" : "41",
      "id_str" : "2360795696473460464",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2360795696473460464",
      "possibly_sensitive" : false,
      "created_at" : "Mon Sep 04 15:02:10 +0000 2028",
      "favorited" : false,
      "full_text" : "Fall prices: kitchen knives $6, serrated $9, scissors $8, garden shears $10. Drop them at the van when you get to the market and pick them up on your way out. https://t.co/ZrwVFJ950M",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2359743404484109296"
          ],
          "editableUntil" : "2028-09-01T18:20:44.000Z",
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
        "116"
      ],
      "favorite_count" : "64",
      "id_str" : "2359743404484109296",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2359743404484109296",
      "created_at" : "Fri Sep 01 17:20:44 +0000 2028",
      "favorited" : false,
      "full_text" : "The van is back from the wrap shop. Same knives, much shinier van. See you at Harbor Street Market tomorrow, 8 to 1.",
      "lang" : "en"
    }
  }
]