window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2191925047883890897"
          ],
          "editableUntil" : "2027-05-27T16:10:30.000Z",
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
        "114"
      ],
      "favorite_count" : "4402",
      "id_str" : "2191925047883890897",
      "truncated" : false,
      "retweet_count" : "610",
      "id" : "2191925047883890897",
      "created_at" : "Thu May 27 15:10:30 +0000 2027",
      "favorited" : false,
      "full_text" : "Launch week: 9,400 copies, 97% positive reviews and one very confused dog. We get to make another game. Thank you.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2189839904017023436"
          ],
          "editableUntil" : "2027-05-21T22:04:53.000Z",
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
            "name" : "Harwick Rovers FC",
            "screen_name" : "HarwickRovers",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "3208334462",
            "id" : "3208334462"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/rttR9kVDsr",
            "expanded_url" : "https://lanternmoth.games/saltmarsh",
            "display_url" : "lanternmoth.games/saltm…",
            "indices" : [
              "83",
              "106"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "106"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2189804898355839436",
      "id_str" : "2189839904017023436",
      "in_reply_to_user_id" : "3208334462",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2189839904017023436",
      "in_reply_to_status_id" : "2189804898355839436",
      "possibly_sensitive" : false,
      "created_at" : "Fri May 21 21:04:53 +0000 2027",
      "favorited" : false,
      "full_text" : "@HarwickRovers What a match! Celebrate with Saltmarsh Courier, 15% off all week ⚽⛵ https://t.co/rttR9kVDsr",
      "lang" : "en",
      "in_reply_to_screen_name" : "HarwickRovers",
      "in_reply_to_user_id_str" : "3208334462"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2189500810350872290"
          ],
          "editableUntil" : "2027-05-20T23:37:26.000Z",
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
            "name" : "Jamal Mirza",
            "screen_name" : "j_mirza",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "3344293260",
            "id" : "3344293260"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "9",
        "181"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "2189367179825432290",
      "id_str" : "2189500810350872290",
      "in_reply_to_user_id" : "3344293260",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2189500810350872290",
      "in_reply_to_status_id" : "2189367179825432290",
      "created_at" : "Thu May 20 22:37:26 +0000 2027",
      "favorited" : false,
      "full_text" : "@j_mirza Sorry! Try adding -dx11 to the launch options. If it still crashes, email the log from AppData/LocalLow/Lanternmoth to support@lanternmoth.games and we'll fix it this week.",
      "lang" : "en",
      "in_reply_to_screen_name" : "j_mirza",
      "in_reply_to_user_id_str" : "3344293260"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2189400789960007139"
          ],
          "editableUntil" : "2027-05-20T17:00:00.000Z",
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
            "url" : "https://t.co/lirq4Fsa1p",
            "expanded_url" : "https://lanternmoth.games/saltmarsh",
            "display_url" : "lanternmoth.games/saltm…",
            "indices" : [
              "118",
              "141"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "3120",
      "id_str" : "2189400789960007139",
      "truncated" : false,
      "retweet_count" : "1045",
      "id" : "2189400789960007139",
      "possibly_sensitive" : false,
      "created_at" : "Thu May 20 16:00:00 +0000 2027",
      "favorited" : false,
      "full_text" : "Saltmarsh Courier is out now! Thank you to everyone who played the demo, sent us bug reports and drew the ferry lady. https://t.co/lirq4Fsa1p",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2185803375482355254"
          ],
          "editableUntil" : "2027-05-10T18:45:09.000Z",
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
        "107"
      ],
      "favorite_count" : "2310",
      "id_str" : "2185803375482355254",
      "truncated" : false,
      "retweet_count" : "156",
      "id" : "2185803375482355254",
      "created_at" : "Mon May 10 17:45:09 +0000 2027",
      "favorited" : false,
      "full_text" : "Pepper, the very old dog, turned 15 today. She has been to every playtest and fallen asleep in all of them.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2183215203548685410"
          ],
          "editableUntil" : "2027-05-03T15:20:41.000Z",
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
            "name" : "Cozy Games Corner",
            "screen_name" : "cozygamescorner",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "1781590027360874805",
            "id" : "1781590027360874805"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "166"
      ],
      "favorite_count" : "0",
      "id_str" : "2183215203548685410",
      "truncated" : false,
      "retweet_count" : "88",
      "id" : "2183215203548685410",
      "created_at" : "Mon May 03 14:20:41 +0000 2027",
      "favorited" : false,
      "full_text" : "RT @cozygamescorner: Saltmarsh Courier is the most relaxing demo I've played this year. I delivered a love letter to the wrong house and the game let me live with it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2180747583090962137"
          ],
          "editableUntil" : "2027-04-26T19:55:14.000Z",
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
            "name" : "shaderfrog",
            "screen_name" : "shaderfrog",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "505215928003757508",
            "id" : "505215928003757508"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "190"
      ],
      "favorite_count" : "48",
      "in_reply_to_status_id_str" : "2180653718761746137",
      "id_str" : "2180747583090962137",
      "in_reply_to_user_id" : "505215928003757508",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2180747583090962137",
      "in_reply_to_status_id" : "2180653718761746137",
      "created_at" : "Mon Apr 26 18:55:14 +0000 2027",
      "favorited" : false,
      "full_text" : "@shaderfrog Depth fade against scene depth, plus a scrolling noise texture masked by a shoreline distance field. Ines says the trick is clamping the fade before you add the noise, not after.",
      "lang" : "en",
      "in_reply_to_screen_name" : "shaderfrog",
      "in_reply_to_user_id_str" : "505215928003757508"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2179201546297017559"
          ],
          "editableUntil" : "2027-04-22T13:31:50.000Z",
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
            "name" : "old man beans",
            "screen_name" : "oldmanbeans",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "3532521241",
            "id" : "3532521241"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "197"
      ],
      "favorite_count" : "61",
      "in_reply_to_status_id_str" : "2179108973813433559",
      "id_str" : "2179201546297017559",
      "in_reply_to_user_id" : "3532521241",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2179201546297017559",
      "in_reply_to_status_id" : "2179108973813433559",
      "created_at" : "Thu Apr 22 12:31:50 +0000 2027",
      "favorited" : false,
      "full_text" : "@oldmanbeans It's about 8 hours, more if you read every letter. We priced it so the two of us can make the next one. Launch week is 15% off, and there will never be anything to buy inside the game.",
      "lang" : "en",
      "in_reply_to_screen_name" : "oldmanbeans",
      "in_reply_to_user_id_str" : "3532521241"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2178166766463148789"
          ],
          "editableUntil" : "2027-04-19T17:00:00.000Z",
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
            "url" : "https://t.co/N36KL9Yq5q",
            "expanded_url" : "https://lanternmoth.games/saltmarsh/trailer",
            "display_url" : "lanternmoth.games/saltm…",
            "indices" : [
              "88",
              "111"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "1204",
      "id_str" : "2178166766463148789",
      "truncated" : false,
      "retweet_count" : "377",
      "id" : "2178166766463148789",
      "possibly_sensitive" : false,
      "created_at" : "Mon Apr 19 16:00:00 +0000 2027",
      "favorited" : false,
      "full_text" : "Saltmarsh Courier launches May 20 for $14.99, with 15% off in launch week. New trailer: https://t.co/N36KL9Yq5q",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2176827472013993361"
          ],
          "editableUntil" : "2027-04-16T00:18:07.000Z",
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
            "screen_name" : "lonely_dev_jo",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1093723763448364513",
            "id" : "1093723763448364513"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/tfY51nqKJb",
            "expanded_url" : "https://lanternmoth.games/saltmarsh",
            "display_url" : "lanternmoth.games/saltm…",
            "indices" : [
              "132",
              "155"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "155"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2176784950160041361",
      "id_str" : "2176827472013993361",
      "in_reply_to_user_id" : "1093723763448364513",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2176827472013993361",
      "in_reply_to_status_id" : "2176784950160041361",
      "possibly_sensitive" : false,
      "created_at" : "Thu Apr 15 23:18:07 +0000 2027",
      "favorited" : false,
      "full_text" : "@lonely_dev_jo Keep going!! Saltmarsh Courier had 40 wishlists once too, now it's 18,000. Wishlist it and see how far you can get 😊 https://t.co/tfY51nqKJb",
      "lang" : "en",
      "in_reply_to_screen_name" : "lonely_dev_jo",
      "in_reply_to_user_id_str" : "1093723763448364513"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2175691098953207966"
          ],
          "editableUntil" : "2027-04-12T21:02:35.000Z",
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
            "name" : "Ana Lucero",
            "screen_name" : "ana_codes",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1941639590201317971",
            "id" : "1941639590201317971"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "107"
      ],
      "favorite_count" : "14",
      "in_reply_to_status_id_str" : "2175653069198839966",
      "id_str" : "2175691098953207966",
      "in_reply_to_user_id" : "1941639590201317971",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2175691098953207966",
      "in_reply_to_status_id" : "2175653069198839966",
      "created_at" : "Mon Apr 12 20:02:35 +0000 2027",
      "favorited" : false,
      "full_text" : "@ana_codes Not right now, sorry! We can only just pay the two of us. We'll post here first if that changes.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ana_codes",
      "in_reply_to_user_id_str" : "1941639590201317971"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2174960693121053582"
          ],
          "editableUntil" : "2027-04-10T20:40:12.000Z",
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
            "name" : "Harwick Transit",
            "screen_name" : "HarwickTransit",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "618994964277648558",
            "id" : "618994964277648558"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "114"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2174946180829213582",
      "id_str" : "2174960693121053582",
      "in_reply_to_user_id" : "618994964277648558",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2174960693121053582",
      "in_reply_to_status_id" : "2174946180829213582",
      "created_at" : "Sat Apr 10 19:40:12 +0000 2027",
      "favorited" : false,
      "full_text" : "@HarwickTransit Is the 9 still on the diversion? Two of us are stuck at Quay Street with a booth's worth of boxes.",
      "lang" : "en",
      "in_reply_to_screen_name" : "HarwickTransit",
      "in_reply_to_user_id_str" : "618994964277648558"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2174172949699493671"
          ],
          "editableUntil" : "2027-04-08T16:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "PixelgateExpo",
            "indices" : [
              "12",
              "26"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "203",
      "id_str" : "2174172949699493671",
      "truncated" : false,
      "retweet_count" : "44",
      "id" : "2174172949699493671",
      "created_at" : "Thu Apr 08 15:30:00 +0000 2027",
      "favorited" : false,
      "full_text" : "We'll be at #PixelgateExpo in Harwick this weekend, booth 112! Play the demo, get a postcard, and pet the very old dog (the dog will be there).",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2173009484155779116"
          ],
          "editableUntil" : "2027-04-05T11:26:48.000Z",
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
            "name" : "SwiftCrate",
            "screen_name" : "SwiftCrateShip",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "112016302583036418",
            "id" : "112016302583036418"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "122"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "2172954261949315116",
      "id_str" : "2173009484155779116",
      "in_reply_to_user_id" : "112016302583036418",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2173009484155779116",
      "in_reply_to_status_id" : "2172954261949315116",
      "created_at" : "Mon Apr 05 10:26:48 +0000 2027",
      "favorited" : false,
      "full_text" : "@SwiftCrateShip Our expo banner was delivered to the wrong city. Order SC-220913, and the show is Friday. Can anyone help?",
      "lang" : "en",
      "in_reply_to_screen_name" : "SwiftCrateShip",
      "in_reply_to_user_id_str" : "112016302583036418"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2172024164012320234"
          ],
          "editableUntil" : "2027-04-02T18:11:29.000Z",
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
            "name" : "Tiny Fox Games",
            "screen_name" : "tinyfoxgames",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1704540537116150821",
            "id" : "1704540537116150821"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/bG3VnOTzbZ",
            "expanded_url" : "https://tinyfoxgames.com/burrowlight",
            "display_url" : "tinyfoxgames.com/burrow…",
            "indices" : [
              "86",
              "109"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "0",
      "id_str" : "2172024164012320234",
      "truncated" : false,
      "retweet_count" : "290",
      "id" : "2172024164012320234",
      "possibly_sensitive" : false,
      "created_at" : "Fri Apr 02 17:11:29 +0000 2027",
      "favorited" : false,
      "full_text" : "RT @tinyfoxgames: Burrowlight is out today! Four years, three foxes, one tiny studio. https://t.co/bG3VnOTzbZ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2170441088642694454"
          ],
          "editableUntil" : "2027-03-29T09:20:55.000Z",
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
            "name" : "Harbourtown News",
            "screen_name" : "harbourtown_news",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "279100793239880521",
            "id" : "279100793239880521"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/UcTdgqxmrK",
            "expanded_url" : "https://harbourtownnews.com/2027/03/29/dock-road-bridge-inspection/",
            "display_url" : "harbourtownnews.com/202…",
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
      "id_str" : "2170441088642694454",
      "truncated" : false,
      "retweet_count" : "31",
      "id" : "2170441088642694454",
      "possibly_sensitive" : false,
      "created_at" : "Mon Mar 29 08:20:55 +0000 2027",
      "favorited" : false,
      "full_text" : "RT @harbourtown_news: Dock Road bridge closes to all traffic from Monday April 5 for a two-week inspection. Buses diverted via Quay Street. https://t.co/UcTdgqxmrK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2169116642014903637"
          ],
          "editableUntil" : "2027-03-25T17:38:02.000Z",
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
            "name" : "grumbleforge",
            "screen_name" : "grumbleforge",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1804695346384886229",
            "id" : "1804695346384886229"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "143"
      ],
      "favorite_count" : "22",
      "in_reply_to_status_id_str" : "2168986434041527637",
      "id_str" : "2169116642014903637",
      "in_reply_to_user_id" : "1804695346384886229",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2169116642014903637",
      "in_reply_to_status_id" : "2168986434041527637",
      "created_at" : "Thu Mar 25 16:38:02 +0000 2027",
      "favorited" : false,
      "full_text" : "@grumbleforge Fair! Full controller support is in the launch build. The demo is keyboard-only because we ran out of time, sorry it put you off.",
      "lang" : "en",
      "in_reply_to_screen_name" : "grumbleforge",
      "in_reply_to_user_id_str" : "1804695346384886229"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2168157137806200112"
          ],
          "editableUntil" : "2027-03-23T02:05:18.000Z",
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
        "126"
      ],
      "favorite_count" : "151",
      "id_str" : "2168157137806200112",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "2168157137806200112",
      "created_at" : "Tue Mar 23 01:05:18 +0000 2027",
      "favorited" : false,
      "full_text" : "Demo hotfix 0.4.2 is live: fixed the Lowtide bridge, fixed the letter that delivered itself, and made the gulls 30% less rude.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2167917416082992865"
          ],
          "editableUntil" : "2027-03-22T10:12:44.000Z",
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
            "name" : "Ravi Dasgupta",
            "screen_name" : "ravi_plays",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1982344957188663317",
            "id" : "1982344957188663317"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "170"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "2167795722546736865",
      "id_str" : "2167917416082992865",
      "in_reply_to_user_id" : "1982344957188663317",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2167917416082992865",
      "in_reply_to_status_id" : "2167795722546736865",
      "created_at" : "Mon Mar 22 09:12:44 +0000 2027",
      "favorited" : false,
      "full_text" : "@ravi_plays Sorry! That's the tide clipping through the Lowtide bridge. Hotfix goes out tonight. If you email your save to support@lanternmoth.games we'll check it loads.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ravi_plays",
      "in_reply_to_user_id_str" : "1982344957188663317"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2167642418553868054"
          ],
          "editableUntil" : "2027-03-21T16:00:00.000Z",
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
            "url" : "https://t.co/BFWP4WoADc",
            "expanded_url" : "https://lanternmoth.games/saltmarsh/demo",
            "display_url" : "lanternmoth.games/saltm…",
            "indices" : [
              "132",
              "155"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "155"
      ],
      "favorite_count" : "688",
      "id_str" : "2167642418553868054",
      "truncated" : false,
      "retweet_count" : "240",
      "id" : "2167642418553868054",
      "possibly_sensitive" : false,
      "created_at" : "Sun Mar 21 15:00:00 +0000 2027",
      "favorited" : false,
      "full_text" : "The Saltmarsh Courier demo is out now! Free, about 40 minutes, three neighbourhoods and one very rude gull. Tell us what you think: https://t.co/BFWP4WoADc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2166672943425040597"
          ],
          "editableUntil" : "2027-03-18T23:47:39.000Z",
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
            "name" : "Biscuit the Cat",
            "screen_name" : "the_realbiscuit",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1952496607580335777",
            "id" : "1952496607580335777"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/JGOEUwWYyt",
            "expanded_url" : "https://lanternmoth.games/saltmarsh",
            "display_url" : "lanternmoth.games/saltm…",
            "indices" : [
              "106",
              "129"
            ]
          }
        ]
      },
      "display_text_range" : [
        "17",
        "129"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2166587165713936597",
      "id_str" : "2166672943425040597",
      "in_reply_to_user_id" : "1952496607580335777",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2166672943425040597",
      "in_reply_to_status_id" : "2166587165713936597",
      "possibly_sensitive" : false,
      "created_at" : "Thu Mar 18 22:47:39 +0000 2027",
      "favorited" : false,
      "full_text" : "@the_realbiscuit Adorable! If you like cozy things, wishlist Saltmarsh Courier, our boat delivery game 🐈⛵ https://t.co/JGOEUwWYyt",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_realbiscuit",
      "in_reply_to_user_id_str" : "1952496607580335777"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2165151547220205856"
          ],
          "editableUntil" : "2027-03-14T19:02:10.000Z",
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
            "name" : "Mossy Inks",
            "screen_name" : "mossy_inks",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "1547072154877907829",
            "id" : "1547072154877907829"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/r3e0feEwsd",
            "expanded_url" : "https://mossyinks.art/2027/ferry-lady",
            "display_url" : "mossyinks.art/2027/ferr…",
            "indices" : [
              "96",
              "119"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "0",
      "id_str" : "2165151547220205856",
      "truncated" : false,
      "retweet_count" : "54",
      "id" : "2165151547220205856",
      "possibly_sensitive" : false,
      "created_at" : "Sun Mar 14 18:02:10 +0000 2027",
      "favorited" : false,
      "full_text" : "RT @mossy_inks: drew the ferry lady from the Saltmarsh Courier trailer, I would die for her hat https://t.co/r3e0feEwsd",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2163999760301465345"
          ],
          "editableUntil" : "2027-03-11T14:45:22.000Z",
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
            "name" : "CloudForge",
            "screen_name" : "CloudForgeHost",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1695461012073745007",
            "id" : "1695461012073745007"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "133"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2163869359390105345",
      "id_str" : "2163999760301465345",
      "in_reply_to_user_id" : "1695461012073745007",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2163999760301465345",
      "in_reply_to_status_id" : "2163869359390105345",
      "created_at" : "Thu Mar 11 13:45:22 +0000 2027",
      "favorited" : false,
      "full_text" : "@CloudForgeHost Our build server has been unreachable since 6am and your status page says everything is fine. Ticket 44817. Any news?",
      "lang" : "en",
      "in_reply_to_screen_name" : "CloudForgeHost",
      "in_reply_to_user_id_str" : "1695461012073745007"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2163024644952496687"
          ],
          "editableUntil" : "2027-03-08T22:10:37.000Z",
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
            "name" : "Kai Brannigan",
            "screen_name" : "kai_on_deck",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "132592468850973748",
            "id" : "132592468850973748"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "140"
      ],
      "favorite_count" : "12",
      "in_reply_to_status_id_str" : "2162911541350832687",
      "id_str" : "2163024644952496687",
      "in_reply_to_user_id" : "132592468850973748",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2163024644952496687",
      "in_reply_to_status_id" : "2162911541350832687",
      "created_at" : "Mon Mar 08 21:10:37 +0000 2027",
      "favorited" : false,
      "full_text" : "@kai_on_deck That's the plan! We test on one every week and the demo already holds 60fps. We'll say so on the store page once it's verified.",
      "lang" : "en",
      "in_reply_to_screen_name" : "kai_on_deck",
      "in_reply_to_user_id_str" : "132592468850973748"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2161881962422623589"
          ],
          "editableUntil" : "2027-03-05T18:30:00.000Z",
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
            "url" : "https://t.co/SyN5q8vxdO",
            "expanded_url" : "https://lanternmoth.games/devlog/14-tides",
            "display_url" : "lanternmoth.games/devlo…",
            "indices" : [
              "153",
              "176"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "176"
      ],
      "favorite_count" : "96",
      "id_str" : "2161881962422623589",
      "truncated" : false,
      "retweet_count" : "21",
      "id" : "2161881962422623589",
      "possibly_sensitive" : false,
      "created_at" : "Fri Mar 05 17:30:00 +0000 2027",
      "favorited" : false,
      "full_text" : "Devlog 14: how we made tides that change which houses you can reach, and why the first version flooded the post office every night. Long read with gifs: https://t.co/SyN5q8vxdO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2160823702244157192"
          ],
          "editableUntil" : "2027-03-02T20:24:51.000Z",
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
            "name" : "Mika Ferreira",
            "screen_name" : "pixelpatchwork",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1317679068622735908",
            "id" : "1317679068622735908"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "95"
      ],
      "favorite_count" : "37",
      "in_reply_to_status_id_str" : "2160797303294781192",
      "id_str" : "2160823702244157192",
      "in_reply_to_user_id" : "1317679068622735908",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2160823702244157192",
      "in_reply_to_status_id" : "2160797303294781192",
      "created_at" : "Tue Mar 02 19:24:51 +0000 2027",
      "favorited" : false,
      "full_text" : "@pixelpatchwork Thank you! The water took Ines four months and she would like everyone to know.",
      "lang" : "en",
      "in_reply_to_screen_name" : "pixelpatchwork",
      "in_reply_to_user_id_str" : "1317679068622735908"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2160772165064832417"
          ],
          "editableUntil" : "2027-03-02T17:00:04.000Z",
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
            "url" : "https://t.co/NrRMRq4j5C",
            "expanded_url" : "https://lanternmoth.games/saltmarsh",
            "display_url" : "lanternmoth.games/saltm…",
            "indices" : [
              "203",
              "226"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "226"
      ],
      "favorite_count" : "412",
      "id_str" : "2160772165064832417",
      "truncated" : false,
      "retweet_count" : "138",
      "id" : "2160772165064832417",
      "possibly_sensitive" : false,
      "created_at" : "Tue Mar 02 16:00:04 +0000 2027",
      "favorited" : false,
      "full_text" : "We're two people and a very old dog, and for two years we've been making Saltmarsh Courier: deliver letters by boat across a flooded town and learn who everyone is from what they send. Wishlist it here: https://t.co/NrRMRq4j5C",
      "lang" : "en"
    }
  }
]
