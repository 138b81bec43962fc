/* sw-cli.c — the command line: options, and the commands that need no window
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "sw-cli.h"

G_DEFINE_QUARK (sw-cli-error-quark, sw_cli_error)

void
sw_cli_options_clear (SwCliOptions *options)
{
  g_clear_pointer (&options->dataset, g_free);
  options->version = FALSE;
}

gboolean
sw_cli_parse (SwCliOptions   *options,
              char         ***arguments,
              GError        **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) local_error = NULL;
  const GOptionEntry entries[] = {
    { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &options->version,
      N_("Print the version and exit"), NULL },
    { "dataset", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, &options->dataset,
      N_("Load the comparison dataset from PATH instead of the built-in one"), N_("PATH") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Choose a backend technology with your team: compare, weigh priorities, decide."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse_strv (context, arguments, &local_error))
    {
      g_set_error (error, SW_CLI_ERROR, SW_CLI_ERROR_USAGE,
                   _("%s (see “stackwise --help” for the options)"), local_error->message);
      return FALSE;
    }

  /* Everything left after the program name is a stray argument. */
  if (*arguments != NULL && (*arguments)[0] != NULL && (*arguments)[1] != NULL)
    {
      g_set_error (error, SW_CLI_ERROR, SW_CLI_ERROR_USAGE,
                   _("unexpected argument “%s” (see “stackwise --help” for the options)"),
                   (*arguments)[1]);
      return FALSE;
    }

  return TRUE;
}

gboolean
sw_cli_run (SwCliOptions *options,
            int          *exit_status)
{
  if (options->version)
    {
      g_print ("stackwise %s\n", PACKAGE_VERSION);
      *exit_status = 0;
      return TRUE;
    }

  return FALSE;
}
