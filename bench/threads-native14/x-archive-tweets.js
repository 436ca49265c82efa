window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2781579180107754082"
          ],
          "editableUntil" : "2031-11-09T19:25:30.436Z",
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
            "name" : "Wyn | Walks & Views",
            "screen_name" : "walks_with_wyn",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1703118840312950784",
            "id" : "1703118840312950784"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/9aEmrMlsNp",
            "expanded_url" : "https://cwmfibre.cymru/check",
            "display_url" : "cwmfibre.cymru/check",
            "indices" : [
              "96",
              "119"
            ]
          }
        ]
      },
      "display_text_range" : [
        "16",
        "119"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2781566597196284312",
      "id_str" : "2781579180107754082",
      "in_reply_to_user_id" : "1703118840312950784",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2781579180107754082",
      "in_reply_to_status_id" : "2781566597196284312",
      "possibly_sensitive" : false,
      "created_at" : "Sun Nov 09 18:25:30 +0000 2031",
      "favorited" : false,
      "full_text" : "@walks_with_wyn Stunning! Upload photos like this in seconds with full fibre from £25 a month 📸 https://t.co/9aEmrMlsNp",
      "lang" : "en",
      "in_reply_to_screen_name" : "walks_with_wyn",
      "in_reply_to_user_id_str" : "1703118840312950784"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2780041033903165032"
          ],
          "editableUntil" : "2031-11-05T13:33:27.804Z",
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
            "name" : "Llyfrgell Llandysul Library",
            "screen_name" : "LlyfrgellLland",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "2988301214",
            "id" : "2988301214"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "161"
      ],
      "favorite_count" : "0",
      "id_str" : "2780041033903165032",
      "truncated" : false,
      "retweet_count" : "22",
      "id" : "2780041033903165032",
      "created_at" : "Wed Nov 05 12:33:27 +0000 2031",
      "favorited" : false,
      "full_text" : "RT @LlyfrgellLland: Free digital skills drop-in every Thursday 2 to 4pm: video calls, online banking, and how to spot scam texts. All welcome, no booking needed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2778552902306481669"
          ],
          "editableUntil" : "2031-11-01T11:00:09.583Z",
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
        "90"
      ],
      "favorite_count" : "61",
      "id_str" : "2778552902306481669",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2778552902306481669",
      "created_at" : "Sat Nov 01 10:00:09 +0000 2031",
      "favorited" : false,
      "full_text" : "Proud to sponsor the new junior kit at Llandysul RFC 🏉 Pob lwc i'r tîm dan 12 this season!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2777068540278397464"
          ],
          "editableUntil" : "2031-10-28T08:41:50.097Z",
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
            "name" : "Popty Pencader Bakery",
            "screen_name" : "PoptyPencader",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1255771209377161216",
            "id" : "1255771209377161216"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "76"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "2777060990529784579",
      "id_str" : "2777068540278397464",
      "in_reply_to_user_id" : "1255771209377161216",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2777068540278397464",
      "in_reply_to_status_id" : "2777060990529784579",
      "created_at" : "Tue Oct 28 07:41:50 +0000 2031",
      "favorited" : false,
      "full_text" : "@PoptyPencader Looks lush! Our crew will be first in the queue on Saturday 🥖",
      "lang" : "en",
      "in_reply_to_screen_name" : "PoptyPencader",
      "in_reply_to_user_id_str" : "1255771209377161216"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2775791970945185217"
          ],
          "editableUntil" : "2031-10-24T20:09:12.251Z",
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
            "name" : "Lowri",
            "screen_name" : "lowri_bach",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1632004511870095360",
            "id" : "1632004511870095360"
          },
          {
            "name" : "BigNet Help",
            "screen_name" : "BigNetUK",
            "indices" : [
              "12",
              "21"
            ],
            "id_str" : "118275520",
            "id" : "118275520"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/sSt0x1rHkd",
            "expanded_url" : "https://cwmfibre.cymru/check",
            "display_url" : "cwmfibre.cymru/check",
            "indices" : [
              "158",
              "181"
            ]
          }
        ]
      },
      "display_text_range" : [
        "22",
        "181"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2775766385689630382",
      "id_str" : "2775791970945185217",
      "in_reply_to_user_id" : "1632004511870095360",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2775791970945185217",
      "in_reply_to_status_id" : "2775766385689630382",
      "possibly_sensitive" : false,
      "created_at" : "Fri Oct 24 19:09:12 +0000 2031",
      "favorited" : false,
      "full_text" : "@lowri_bach @BigNetUK Sorry to hear that Lowri! If you're in the Teifi valley we may already be in your street, and we'd never leave you waiting three times: https://t.co/sSt0x1rHkd",
      "lang" : "en",
      "in_reply_to_screen_name" : "lowri_bach",
      "in_reply_to_user_id_str" : "1632004511870095360"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2774601989007192838"
          ],
          "editableUntil" : "2031-10-21T13:20:38.448Z",
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
            "name" : "Dai Morgan",
            "screen_name" : "dai_morgan75",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "2359984412",
            "id" : "2359984412"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "226"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "2774591083815521345",
      "id_str" : "2774601989007192838",
      "in_reply_to_user_id" : "2359984412",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2774601989007192838",
      "in_reply_to_status_id" : "2774591083815521345",
      "created_at" : "Tue Oct 21 12:20:38 +0000 2031",
      "favorited" : false,
      "full_text" : "@dai_morgan75 Sorry Dai. It's £2 a month from January, our first rise since we started, because the electricity for our cabinets has doubled. Members vote on it at the AGM on Saturday 22 November, so do come and have your say.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dai_morgan75",
      "in_reply_to_user_id_str" : "2359984412"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2774282455530433171"
          ],
          "editableUntil" : "2031-10-20T16:10:55.730Z",
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
            "name" : "Llandysul Vets",
            "screen_name" : "llandysul_vet",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "4410926883",
            "id" : "4410926883"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "173"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2774275325209841787",
      "id_str" : "2774282455530433171",
      "in_reply_to_user_id" : "4410926883",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2774282455530433171",
      "in_reply_to_status_id" : "2774275325209841787",
      "created_at" : "Mon Oct 20 15:10:55 +0000 2031",
      "favorited" : false,
      "full_text" : "@llandysul_vet Sorry about this morning. Yes, we do business lines with a 4-hour fix guarantee and a 4G backup box that switches over on its own. We'll DM you a quote today.",
      "lang" : "en",
      "in_reply_to_screen_name" : "llandysul_vet",
      "in_reply_to_user_id_str" : "4410926883"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2774273927061412790"
          ],
          "editableUntil" : "2031-10-20T15:37:02.385Z",
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
        "200"
      ],
      "favorite_count" : "26",
      "id_str" : "2774273927061412790",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2774273927061412790",
      "created_at" : "Mon Oct 20 14:37:02 +0000 2031",
      "favorited" : false,
      "full_text" : "Fixed ✅ Everyone in Llandysul and Pont-Tyweli should be back online. If you're not, switch your router off and on, and if that doesn't help, DM us. Everyone affected gets a day's credit automatically.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2774217495362389091"
          ],
          "editableUntil" : "2031-10-20T11:52:48.019Z",
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
        "169"
      ],
      "favorite_count" : "9",
      "id_str" : "2774217495362389091",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2774217495362389091",
      "created_at" : "Mon Oct 20 10:52:48 +0000 2031",
      "favorited" : false,
      "full_text" : "Update: a roadworks crew has cut our cable on the A486. Our team is splicing it now and we expect everyone back online by 3pm. Sorry, we know this is a pain on a Monday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2774175341117625737"
          ],
          "editableUntil" : "2031-10-20T09:05:17.664Z",
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
        "147"
      ],
      "favorite_count" : "3",
      "id_str" : "2774175341117625737",
      "truncated" : false,
      "retweet_count" : "17",
      "id" : "2774175341117625737",
      "created_at" : "Mon Oct 20 08:05:17 +0000 2031",
      "favorited" : false,
      "full_text" : "We're aware of an outage affecting customers in Llandysul and Pont-Tyweli since 7:40 this morning. Engineers are on their way. Next update by 11am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2772362259117765184"
          ],
          "editableUntil" : "2031-10-15T09:00:45.230Z",
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
        "139"
      ],
      "favorite_count" : "44",
      "id_str" : "2772362259117765184",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2772362259117765184",
      "created_at" : "Wed Oct 15 08:00:45 +0000 2031",
      "favorited" : false,
      "full_text" : "Shwmae! Mae'n Ddiwrnod Shwmae Su'mae heddiw. Cofiwch fod ein tîm cymorth yn siarad Cymraeg, bob dydd rhwng 8yb ac 8yh. Dewch i ddweud helo!",
      "lang" : "cy"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2769823482308434880"
          ],
          "editableUntil" : "2031-10-08T08:52:33.671Z",
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
            "name" : "Teifi Valley News",
            "screen_name" : "TeifiNewsDesk",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "3190427738",
            "id" : "3190427738"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/NQfVeSo0sb",
            "expanded_url" : "https://cwmfibre.cymru/check",
            "display_url" : "cwmfibre.cymru/check",
            "indices" : [
              "107",
              "130"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "130"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2769813415978803915",
      "id_str" : "2769823482308434880",
      "in_reply_to_user_id" : "3190427738",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2769823482308434880",
      "in_reply_to_status_id" : "2769813415978803915",
      "possibly_sensitive" : false,
      "created_at" : "Wed Oct 08 07:52:33 +0000 2031",
      "favorited" : false,
      "full_text" : "@TeifiNewsDesk Stuck at home while the road's shut? Make the most of it with full fibre from £25 a month 👉 https://t.co/NQfVeSo0sb",
      "lang" : "en",
      "in_reply_to_screen_name" : "TeifiNewsDesk",
      "in_reply_to_user_id_str" : "3190427738"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2769609973130089753"
          ],
          "editableUntil" : "2031-10-07T18:44:09.116Z",
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
            "name" : "Siân Griffiths",
            "screen_name" : "siangriffiths_",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1339027665530736641",
            "id" : "1339027665530736641"
          },
          {
            "name" : "Cwm Fibre",
            "screen_name" : "CwmFibre",
            "indices" : [
              "63",
              "72"
            ],
            "id_str" : "1499732018455453696",
            "id" : "1499732018455453696"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "0",
      "id_str" : "2769609973130089753",
      "truncated" : false,
      "retweet_count" : "26",
      "id" : "2769609973130089753",
      "created_at" : "Tue Oct 07 17:44:09 +0000 2031",
      "favorited" : false,
      "full_text" : "RT @siangriffiths_: Four months working from home in Cwmann on @CwmFibre and not one dropped video call. Never thought I'd say that about living up a valley.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2769108241199473033"
          ],
          "editableUntil" : "2031-10-06T09:30:26.902Z",
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
      "favorite_count" : "57",
      "id_str" : "2769108241199473033",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2769108241199473033",
      "created_at" : "Mon Oct 06 08:30:26 +0000 2031",
      "favorited" : false,
      "full_text" : "Diolch to the volunteers in Pencader who helped our crew dig 300 metres of trench across the common on Saturday. Tea and Welsh cakes are on us next time ☕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2767832772197875237"
          ],
          "editableUntil" : "2031-10-02T21:02:11.395Z",
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
            "name" : "Rhys ap Dafydd",
            "screen_name" : "rhys_a_barn",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1120457731226009600",
            "id" : "1120457731226009600"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/wZa7aRdr6B",
            "expanded_url" : "https://cwmfibre.cymru/accounts",
            "display_url" : "cwmfibre.cymru/accounts",
            "indices" : [
              "193",
              "216"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "216"
      ],
      "favorite_count" : "12",
      "in_reply_to_status_id_str" : "2767828158466612240",
      "id_str" : "2767832772197875237",
      "in_reply_to_user_id" : "1120457731226009600",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2767832772197875237",
      "in_reply_to_status_id" : "2767828158466612240",
      "possibly_sensitive" : false,
      "created_at" : "Thu Oct 02 20:02:11 +0000 2031",
      "favorited" : false,
      "full_text" : "@rhys_a_barn Fair question. We're a community benefit society: 1,140 members, one vote each, no shareholders, and any surplus goes back into building the network. Our accounts are public here: https://t.co/wZa7aRdr6B",
      "lang" : "en",
      "in_reply_to_screen_name" : "rhys_a_barn",
      "in_reply_to_user_id_str" : "1120457731226009600"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2766613104934261989"
          ],
          "editableUntil" : "2031-09-29T12:15:40.059Z",
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
            "url" : "https://t.co/kxNPdef3kd",
            "expanded_url" : "https://cwmfibre.cymru/jobs",
            "display_url" : "cwmfibre.cymru/jobs",
            "indices" : [
              "179",
              "202"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "202"
      ],
      "favorite_count" : "33",
      "id_str" : "2766613104934261989",
      "truncated" : false,
      "retweet_count" : "21",
      "id" : "2766613104934261989",
      "possibly_sensitive" : false,
      "created_at" : "Mon Sep 29 11:15:40 +0000 2031",
      "favorited" : false,
      "full_text" : "We're hiring! Field engineer based in Lampeter, full time, van provided. Welsh is an advantage but not required, and we'll train the right person. Closing date Friday 17 October. https://t.co/kxNPdef3kd",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2765243156082086763"
          ],
          "editableUntil" : "2031-09-25T17:31:58.800Z",
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
            "name" : "Bethan",
            "screen_name" : "bethan_teifi",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1577210098865881089",
            "id" : "1577210098865881089"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/NSTY4cZbTV",
            "expanded_url" : "https://cwmfibre.cymru/register",
            "display_url" : "cwmfibre.cymru/register",
            "indices" : [
              "171",
              "194"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "194"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2765229314879885425",
      "id_str" : "2765243156082086763",
      "in_reply_to_user_id" : "1577210098865881089",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2765243156082086763",
      "in_reply_to_status_id" : "2765229314879885425",
      "possibly_sensitive" : false,
      "created_at" : "Thu Sep 25 16:31:58 +0000 2031",
      "favorited" : false,
      "full_text" : "@bethan_teifi Hi Bethan, Drefach Felindre is in phase 3, with building planned from March. Register your interest and we'll email you as soon as your street is booked in: https://t.co/NSTY4cZbTV",
      "lang" : "en",
      "in_reply_to_screen_name" : "bethan_teifi",
      "in_reply_to_user_id_str" : "1577210098865881089"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2764042261164835975"
          ],
          "editableUntil" : "2031-09-22T10:00:03.140Z",
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
            "url" : "https://t.co/y2Nm5pffIj",
            "expanded_url" : "https://cwmfibre.cymru/account",
            "display_url" : "cwmfibre.cymru/account",
            "indices" : [
              "145",
              "168"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "168"
      ],
      "favorite_count" : "19",
      "id_str" : "2764042261164835975",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2764042261164835975",
      "possibly_sensitive" : false,
      "created_at" : "Mon Sep 22 09:00:03 +0000 2031",
      "favorited" : false,
      "full_text" : "Know a neighbour still stuck on copper? Refer them, and when they connect you both get a month free. Your referral link is on your account page: https://t.co/y2Nm5pffIj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2762588751840030320"
          ],
          "editableUntil" : "2031-09-18T09:44:19.512Z",
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
            "name" : "Gareth Pryce",
            "screen_name" : "gareth_fferm",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "731188026",
            "id" : "731188026"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "246"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "2762566102596217337",
      "id_str" : "2762588751840030320",
      "in_reply_to_user_id" : "731188026",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2762588751840030320",
      "in_reply_to_status_id" : "2762566102596217337",
      "created_at" : "Thu Sep 18 08:44:19 +0000 2031",
      "favorited" : false,
      "full_text" : "@gareth_fferm Hi Gareth, the 900 Mbps is measured at the router on a cable. Thick stone walls eat Wi-Fi, so for the lambing shed a mesh point or a cable run will do far more than a faster plan. Happy to send an engineer to have a look, no charge.",
      "lang" : "en",
      "in_reply_to_screen_name" : "gareth_fferm",
      "in_reply_to_user_id_str" : "731188026"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2761646646123558315"
          ],
          "editableUntil" : "2031-09-15T19:20:44.006Z",
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
            "name" : "Sioe Llanybydder Show",
            "screen_name" : "SioeLlanybydder",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "2846553011",
            "id" : "2846553011"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/N1tXxsE8aE",
            "expanded_url" : "https://cwmfibre.cymru/check",
            "display_url" : "cwmfibre.cymru/check",
            "indices" : [
              "156",
              "179"
            ]
          }
        ]
      },
      "display_text_range" : [
        "17",
        "179"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2761608897386825315",
      "id_str" : "2761646646123558315",
      "in_reply_to_user_id" : "2846553011",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2761646646123558315",
      "in_reply_to_status_id" : "2761608897386825315",
      "possibly_sensitive" : false,
      "created_at" : "Mon Sep 15 18:20:44 +0000 2031",
      "favorited" : false,
      "full_text" : "@SioeLlanybydder Llongyfarchiadau to all the winners! And if you fancy livestreaming the sheepdog trials next year, full fibre is live in Llanybydder now 😉 https://t.co/N1tXxsE8aE",
      "lang" : "en",
      "in_reply_to_screen_name" : "SioeLlanybydder",
      "in_reply_to_user_id_str" : "2846553011"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2760480142097791997"
          ],
          "editableUntil" : "2031-09-12T14:05:27.774Z",
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
            "name" : "Heledd 🌿 Ffion Crafts",
            "screen_name" : "heledd_ff",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1288340766012514304",
            "id" : "1288340766012514304"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "64"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "2760467978616081569",
      "id_str" : "2760480142097791997",
      "in_reply_to_user_id" : "1288340766012514304",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2760480142097791997",
      "in_reply_to_status_id" : "2760467978616081569",
      "created_at" : "Fri Sep 12 13:05:27 +0000 2031",
      "favorited" : false,
      "full_text" : "@heledd_ff Diolch o galon Heledd! Pob lwc gyda'r busnes newydd 💚",
      "lang" : "cy",
      "in_reply_to_screen_name" : "heledd_ff",
      "in_reply_to_user_id_str" : "1288340766012514304"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2759353856999600556"
          ],
          "editableUntil" : "2031-09-09T11:30:00.481Z",
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
        "215"
      ],
      "favorite_count" : "6",
      "id_str" : "2759353856999600556",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2759353856999600556",
      "created_at" : "Tue Sep 09 10:30:00 +0000 2031",
      "favorited" : false,
      "full_text" : "Planned work: overnight on Tuesday 16 September, between midnight and 4am, customers in Llanybydder and Cwmann may lose their connection for up to 20 minutes while we upgrade the cabinet. Thanks for bearing with us.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2757712508980240035"
          ],
          "editableUntil" : "2031-09-04T22:47:52.618Z",
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
            "name" : "Ceri Jones",
            "screen_name" : "ceri_jones77",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1402876553190531075",
            "id" : "1402876553190531075"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "168"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "2757694892902958728",
      "id_str" : "2757712508980240035",
      "in_reply_to_user_id" : "1402876553190531075",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2757712508980240035",
      "in_reply_to_status_id" : "2757694892902958728",
      "created_at" : "Thu Sep 04 21:47:52 +0000 2031",
      "favorited" : false,
      "full_text" : "@ceri_jones77 Thanks Ceri, found it: a faulty port in the Pencader cabinet. We've moved you to a new one, so you should be back to full speed now. Sorry for the hassle.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ceri_jones77",
      "in_reply_to_user_id_str" : "1402876553190531075"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2757673303613316429"
          ],
          "editableUntil" : "2031-09-04T20:12:05.330Z",
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
            "name" : "Ceri Jones",
            "screen_name" : "ceri_jones77",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1402876553190531075",
            "id" : "1402876553190531075"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "182"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2757667012154469634",
      "id_str" : "2757673303613316429",
      "in_reply_to_user_id" : "1402876553190531075",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2757673303613316429",
      "in_reply_to_status_id" : "2757667012154469634",
      "created_at" : "Thu Sep 04 19:12:05 +0000 2031",
      "favorited" : false,
      "full_text" : "@ceri_jones77 Sorry Ceri, that's well below what you should be getting. Could you DM us your account number and a speed test done on a cable, not Wi-Fi? We'll check the line tonight.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ceri_jones77",
      "in_reply_to_user_id_str" : "1402876553190531075"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2756779814464291812"
          ],
          "editableUntil" : "2031-09-02T09:01:40.917Z",
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
            "url" : "https://t.co/W35xwEeVxa",
            "expanded_url" : "https://cwmfibre.cymru/gwirio",
            "display_url" : "cwmfibre.cymru/gwirio",
            "indices" : [
              "151",
              "174"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "174"
      ],
      "favorite_count" : "41",
      "id_str" : "2756779814464291812",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2756779814464291812",
      "possibly_sensitive" : false,
      "created_at" : "Tue Sep 02 08:01:40 +0000 2031",
      "favorited" : false,
      "full_text" : "Mae Llanfihangel-ar-arth yn fyw! 🎉 64 o gartrefi a'r ysgol wedi'u cysylltu'r wythnos hon, ffibr llawn yr holl ffordd i'r wal. Gwiriwch eich cyfeiriad: https://t.co/W35xwEeVxa",
      "lang" : "cy"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2756779450832389182"
          ],
          "editableUntil" : "2031-09-02T09:00:14.220Z",
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
            "url" : "https://t.co/iQnfEf3V1o",
            "expanded_url" : "https://cwmfibre.cymru/check",
            "display_url" : "cwmfibre.cymru/check",
            "indices" : [
              "147",
              "170"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "170"
      ],
      "favorite_count" : "88",
      "id_str" : "2756779450832389182",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2756779450832389182",
      "possibly_sensitive" : false,
      "created_at" : "Tue Sep 02 08:00:14 +0000 2031",
      "favorited" : false,
      "full_text" : "Llanfihangel-ar-arth is live! 🎉 64 homes and the school connected this week, full fibre all the way to the wall. Is your address next? Check here: https://t.co/iQnfEf3V1o",
      "lang" : "en"
    }
  }
]