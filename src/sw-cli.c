/* sw-cli.c — the command line: options, and the commands that need no window
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "sw-cli.h"
#include "sw-evaluate.h"
#include "sw-report.h"
#include "sw-robustness.h"

G_DEFINE_QUARK (sw-cli-error-quark, sw_cli_error)

void
sw_cli_options_clear (SwCliOptions *options)
{
  g_clear_pointer (&options->dataset, g_free);
  g_clear_pointer (&options->preset, g_free);
  g_clear_pointer (&options->assignments, g_strfreev);
  options->version = FALSE;
  options->recommend = FALSE;
  options->json = FALSE;
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
    { "recommend", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &options->recommend,
      N_("Print the recommendation for the given priorities and exit (no window)"), NULL },
    { "preset", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &options->preset,
      N_("With --recommend: start from the weights of preset ID"), N_("ID") },
    { "set", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING_ARRAY, &options->assignments,
      N_("With --recommend: give CRITERION a weight from 0 to 10 (repeatable, applied after --preset)"),
      N_("CRITERION=VALUE") },
    { "json", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &options->json,
      N_("With --recommend: print the result as one JSON object"), NULL },
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

  /* These only mean something for --recommend; silently opening a window
   * instead would hide the mistake. */
  if (!options->recommend)
    {
      const char *stray = options->preset != NULL ? "--preset"
                        : options->assignments != NULL ? "--set"
                        : options->json ? "--json"
                        : NULL;

      if (stray != NULL)
        {
          g_set_error (error, SW_CLI_ERROR, SW_CLI_ERROR_USAGE,
                       _("%s only works with --recommend, e.g. “stackwise --recommend %s …”"),
                       stray, stray);
          return FALSE;
        }
    }

  return TRUE;
}

static SwDataset *
load_dataset (SwCliOptions  *options,
              GError       **error)
{
  if (options->dataset == NULL)
    return sw_dataset_get_default ();

  return sw_dataset_new_from_path (options->dataset, error);
}

/* The weights: 0 everywhere, or the preset's, then each --set in order. */
static gboolean
collect_weights (SwCliOptions  *options,
                 SwDataset     *dataset,
                 double        *weights,
                 GError       **error)
{
  guint n_criteria = sw_dataset_get_n_criteria (dataset);

  for (guint c = 0; c < n_criteria; c++)
    weights[c] = 0.0;

  if (options->preset != NULL)
    {
      const SwPreset *preset;
      guint index;

      if (!sw_find_preset_checked (dataset, options->preset, &index, error))
        return FALSE;

      preset = sw_dataset_get_preset (dataset, index);
      for (guint c = 0; c < n_criteria; c++)
        weights[c] = preset->weights[c];
    }

  for (guint i = 0; options->assignments != NULL && options->assignments[i] != NULL; i++)
    {
      guint criterion;
      double value;

      if (!sw_parse_weight_assignment (dataset, options->assignments[i], &criterion, &value, error))
        {
          g_autofree char *valid = g_utf8_make_valid (options->assignments[i], -1);

          g_strdelimit (valid, "\n\r\t", ' ');
          g_prefix_error (error, "--set “%s”: ", valid);
          return FALSE;
        }

      weights[criterion] = value;
    }

  return TRUE;
}

static gboolean
run_recommend (SwCliOptions  *options,
               GError       **error)
{
  g_autoptr(SwDataset) dataset = NULL;
  g_autoptr(SwVerdict) verdict = NULL;
  g_autofree double *weights = NULL;
  g_autofree char *output = NULL;

  dataset = load_dataset (options, error);
  if (dataset == NULL)
    return FALSE;

  weights = g_new0 (double, sw_dataset_get_n_criteria (dataset));
  if (!collect_weights (options, dataset, weights, error))
    return FALSE;

  verdict = sw_evaluate_new (dataset, weights);
  sw_verdict_estimate_robustness (verdict);

  if (options->json)
    {
      output = sw_report_format_json (verdict, options->preset, TRUE);
      /* JSON is UTF-8 whatever the locale: bypass g_print()'s conversion. */
      fputs (output, stdout);
      fputc ('\n', stdout);
      fflush (stdout);
    }
  else
    {
      output = sw_report_format_text (verdict);
      g_print ("%s", output);
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

  if (options->recommend)
    {
      g_autoptr(GError) error = NULL;

      if (!run_recommend (options, &error))
        {
          g_printerr ("stackwise: %s\n", error->message);
          *exit_status = 2;
          return TRUE;
        }

      *exit_status = 0;
      return TRUE;
    }

  return FALSE;
}
