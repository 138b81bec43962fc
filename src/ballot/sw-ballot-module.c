/* sw-ballot-module.c — the ballot module's one entry point
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gmodule.h>

#include "sw-ballot-module.h"

G_MODULE_EXPORT const char *g_module_check_init (GModule *module);

/* Its types stay registered: the module is never unloaded. */
G_MODULE_EXPORT const char *
g_module_check_init (GModule *module)
{
  g_module_make_resident (module);
  return NULL;
}

G_MODULE_EXPORT const SwBallotFunctions sw_ballot_module_functions = {
  .version = PACKAGE_VERSION,
  .size = sizeof (SwBallotFunctions),

  .server_new = sw_ballot_server_new,
  .server_listen = sw_ballot_server_listen,
  .server_get_address = sw_ballot_server_get_address,
  .server_stop = sw_ballot_server_stop,
  .server_is_open = sw_ballot_server_is_open,

  .collection_new = sw_vote_collection_new,
  .collection_get_meeting = sw_vote_collection_get_meeting,
  .collection_start = sw_vote_collection_start,
  .collection_stop = sw_vote_collection_stop,
  .collection_get_running = sw_vote_collection_get_running,
  .collection_get_address = sw_vote_collection_get_address,
};
