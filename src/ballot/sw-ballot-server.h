/* sw-ballot-server.h — collects ballots from the participants' own devices over HTTP
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The threat model and what each check is for: docs/ballots.md.
 */

#pragma once

#include <gio/gio.h>

#include "sw-meeting-file.h"

G_BEGIN_DECLS

/* Larger request bodies are refused from their headers, before they are read. */
#define SW_BALLOT_SERVER_MAX_BODY SW_MEETING_FILE_MAX_BALLOT_BYTES
/* Requests one client address may make in one window of this many seconds. */
#define SW_BALLOT_SERVER_RATE_LIMIT   120
#define SW_BALLOT_SERVER_RATE_WINDOW  10

#define SW_TYPE_BALLOT_SERVER (sw_ballot_server_get_type ())

G_DECLARE_FINAL_TYPE (SwBallotServer, sw_ballot_server, SW, BALLOT_SERVER, GObject)

/* Ballots go into @meeting (borrowed: it must outlive the server) through
 * sw_meeting_cast_ballot(). Nothing listens until listen(). */
SwBallotServer *sw_ballot_server_new         (SwMeeting      *meeting);
/* @listen: "ADDRESS:PORT" ("127.0.0.1:0", "[::1]:8080"), or NULL for every
 * local-network address on a free port. */
gboolean        sw_ballot_server_listen      (SwBallotServer  *self,
                                              const char      *listen,
                                              GError         **error);
/* The machine's first local-network IPv4 address ("192.168.1.20"), or NULL
 * when it has none (only the loopback address): then listen(NULL) fails. */
char           *sw_ballot_server_dup_local_address (void);
/* "http://192.168.1.20:41234/TOKEN/": what participants open. NULL until listening. */
const char     *sw_ballot_server_get_address (SwBallotServer  *self);
/* Stops listening and closes every connection; the server cannot listen again. */
void            sw_ballot_server_stop        (SwBallotServer  *self);
/* Whether ballots are still taken: FALSE once stopped, or once everyone the
 * meeting named has voted; a meeting that named nobody stays open until stopped. */
gboolean        sw_ballot_server_is_open     (SwBallotServer  *self);

G_END_DECLS
