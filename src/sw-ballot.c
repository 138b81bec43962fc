/* sw-ballot.c — the ballot server, loaded when votes are first collected
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Linking libsoup 3 and the twelve libraries it brings cost every start
 * some 17 M instructions (their relocations and constructors) for a server
 * that only Collect Votes runs. It lives in a module (src/ballot/meson.build)
 * that the program loads here, the first time votes are collected.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <gmodule.h>

#include "sw-ballot.h"

#define MODULE_NAME "libstackwise-ballot.so"

static const SwBallotFunctions *functions;

/* The module of a build tree sits in ballot/ beside the program. */
static char *
dup_build_tree_path (void)
{
  g_autofree char *program = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = NULL;

  if (program == NULL)
    return NULL;
  dir = g_path_get_dirname (program);

  return g_build_filename (dir, "ballot", MODULE_NAME, NULL);
}

static char *
dup_module_path (void)
{
  const char *path = g_getenv ("STACKWISE_BALLOT_MODULE");
  g_autofree char *build_tree = NULL;

  if (path != NULL && path[0] != '\0')
    return g_strdup (path);

  build_tree = dup_build_tree_path ();
  if (build_tree != NULL && g_file_test (build_tree, G_FILE_TEST_IS_REGULAR))
    return g_steal_pointer (&build_tree);

  return g_build_filename (BALLOT_MODULE_DIR, MODULE_NAME, NULL);
}

const SwBallotFunctions *
sw_ballot_load (GError **error)
{
  g_autofree char *path = NULL;
  GModule *module;
  gpointer symbol = NULL;
  const SwBallotFunctions *table;

  if (functions != NULL)
    return functions;

  path = dup_module_path ();
  module = g_module_open (path, G_MODULE_BIND_LOCAL);
  if (module == NULL)
    {
      /* Translators: %s is the module's file, then GModule's reason */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("Cannot load the ballot server from “%s”: %s"), path, g_module_error ());
      return NULL;
    }

  if (!g_module_symbol (module, SW_BALLOT_MODULE_SYMBOL, &symbol) || symbol == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("Cannot load the ballot server from “%s”: %s"), path, g_module_error ());
      g_module_close (module);
      return NULL;
    }

  table = symbol;
  if (table->size != sizeof (SwBallotFunctions) || g_strcmp0 (table->version, PACKAGE_VERSION) != 0)
    {
      /* Translators: the first %s is the module's file, then its version and the program's */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("Cannot load the ballot server from “%s”: it is version %s, not %s"),
                   path, table->version, PACKAGE_VERSION);
      g_module_close (module);
      return NULL;
    }

  functions = table;
  return functions;
}

const SwBallotFunctions *
sw_ballot (void)
{
  g_return_val_if_fail (functions != NULL, NULL);

  return functions;
}
