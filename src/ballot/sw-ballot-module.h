/* sw-ballot-module.h — what the ballot module gives the program that loads it
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ballot server needs libsoup 3 and the twelve libraries it brings: as
 * a module of its own (libstackwise-ballot.so), it is loaded only when votes
 * are collected, in the window or on the command line (src/sw-ballot.c),
 * instead of at every start. The module takes the meeting model from the
 * program, which exports it.
 */

#pragma once

#include "sw-ballot-server.h"
#include "sw-vote-collection.h"

G_BEGIN_DECLS

#define SW_BALLOT_MODULE_SYMBOL "sw_ballot_module_functions"

typedef struct
{
  /* The module's version (PACKAGE_VERSION) and this table's size: a module
   * of another build is refused. */
  const char       *version;
  gsize             size;

  SwBallotServer   *(*server_new)             (SwMeeting        *meeting);
  gboolean          (*server_listen)          (SwBallotServer   *server,
                                               const char       *listen,
                                               GError          **error);
  const char       *(*server_get_address)     (SwBallotServer   *server);
  void              (*server_stop)            (SwBallotServer   *server);
  gboolean          (*server_is_open)         (SwBallotServer   *server);

  SwVoteCollection *(*collection_new)         (SwMeeting        *meeting);
  SwMeeting        *(*collection_get_meeting) (SwVoteCollection *collection);
  gboolean          (*collection_start)       (SwVoteCollection *collection,
                                               const char       *listen,
                                               GError          **error);
  void              (*collection_stop)        (SwVoteCollection *collection);
  gboolean          (*collection_get_running) (SwVoteCollection *collection);
  const char       *(*collection_get_address) (SwVoteCollection *collection);
} SwBallotFunctions;

G_END_DECLS
