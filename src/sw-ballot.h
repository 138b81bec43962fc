/* sw-ballot.h — the ballot server, loaded when votes are first collected
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sw-ballot-module.h"

G_BEGIN_DECLS

/* Loads the ballot module the first time (later calls return the same
 * table): the one beside the program in a build tree
 * (src/ballot/libstackwise-ballot.so), else the installed one; the
 * environment variable STACKWISE_BALLOT_MODULE names another. NULL with
 * @error set when it cannot be loaded. */
const SwBallotFunctions *sw_ballot_load (GError **error);
/* The table once loaded: a server or a collection exists only then. */
const SwBallotFunctions *sw_ballot      (void);

G_END_DECLS
