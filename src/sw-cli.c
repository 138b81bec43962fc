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
#include "sw-export-markdown.h"
#include "sw-export-pdf.h"
#include "sw-report.h"
#include <glib-unix.h>
#include <signal.h>

#include "sw-ballot.h"
#include "sw-blind-vote.h"
#include "sw-save.h"
#include "sw-meeting-file.h"

G_DEFINE_QUARK (sw-cli-error-quark, sw_cli_error)

void
sw_cli_options_clear (SwCliOptions *options)
{
  g_clear_pointer (&options->dataset, g_free);
  g_clear_pointer (&options->preset, g_free);
  g_clear_pointer (&options->assignments, g_strfreev);
  g_clear_pointer (&options->skills, g_strfreev);
  g_clear_pointer (&options->existing, g_free);
  g_clear_pointer (&options->meeting_file, g_free);
  g_clear_pointer (&options->export_adr, g_free);
  g_clear_pointer (&options->export_pdf, g_free);
  g_clear_pointer (&options->collect_votes, g_free);
  g_clear_pointer (&options->listen, g_free);
  options->present = FALSE;
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
    { "skill", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING_ARRAY, &options->skills,
      N_("With --recommend: how well the team knows TECHNOLOGY, from 0 to 10 (repeatable)"),
      N_("TECHNOLOGY=LEVEL") },
    { "existing", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &options->existing,
      N_("With --recommend: the technology the existing systems use, or “none”"),
      N_("TECHNOLOGY") },
    { "json", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &options->json,
      N_("With --recommend: print the result as one JSON object"), NULL },
    { "meeting", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, &options->meeting_file,
      N_("Open the saved meeting FILE (.stackwise); with --recommend, weigh it (--preset and --set "
         "then change the active participant's weights)"), N_("FILE") },
    /* The option's earlier name, kept so that scripts written for it still work. */
    { "scenario", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &options->meeting_file, NULL, NULL },
    { "present", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &options->present,
      N_("Open the window in present mode: full screen, large type"), NULL },
    { "export-adr", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, &options->export_adr,
      N_("With --recommend: also write the decision record, in Markdown, to FILE"), N_("FILE") },
    { "export-pdf", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, &options->export_pdf,
      N_("With --recommend: also write the PDF report to FILE"), N_("FILE") },
    { "collect-votes", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, &options->collect_votes,
      N_("Collect ballots from the participants' devices into the saved meeting FILE, with no window"),
      N_("FILE") },
    { "listen", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &options->listen,
      N_("With --collect-votes: listen on ADDRESS:PORT (127.0.0.1:0 picks a free loopback port)"),
      N_("ADDRESS:PORT") },
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

  if (options->listen != NULL && options->collect_votes == NULL)
    {
      g_set_error (error, SW_CLI_ERROR, SW_CLI_ERROR_USAGE,
                   _("--listen only works with --collect-votes, e.g. “stackwise --collect-votes meeting.stackwise --listen 127.0.0.1:0”"));
      return FALSE;
    }
  if (options->collect_votes != NULL && options->recommend)
    {
      g_set_error (error, SW_CLI_ERROR, SW_CLI_ERROR_USAGE,
                   _("--collect-votes and --recommend cannot be used together"));
      return FALSE;
    }

  /* These only mean something for --recommend; silently opening a window
   * instead would hide the mistake. */
  if (!options->recommend)
    {
      const char *stray = options->preset != NULL ? "--preset"
                        : options->assignments != NULL ? "--set"
                        : options->skills != NULL ? "--skill"
                        : options->existing != NULL ? "--existing"
                        : options->json ? "--json"
                        : options->export_adr != NULL ? "--export-adr"
                        : options->export_pdf != NULL ? "--export-pdf"
                        : NULL;

      if (stray != NULL)
        {
          g_set_error (error, SW_CLI_ERROR, SW_CLI_ERROR_USAGE,
                       _("%s only works with --recommend, e.g. “stackwise --recommend %s …”"),
                       stray, stray);
          return FALSE;
        }
    }

  /* Present mode is the window's; the command line prints. */
  if (options->recommend && options->present)
    {
      g_set_error (error, SW_CLI_ERROR, SW_CLI_ERROR_USAGE,
                   _("--present opens the window and does not work with --recommend"));
      return FALSE;
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

/* The facts --preset's cell states, then --skill and --existing, as the
 * decision form's situation section would set them. */
static gboolean
apply_situation_options (SwCliOptions  *options,
                         SwDataset     *dataset,
                         SwSituation   *situation,
                         GError       **error)
{
  if (options->preset != NULL)
    {
      int index = sw_dataset_find_preset (dataset, options->preset);
      const SwSituation *stated = &sw_dataset_get_preset (dataset, index)->situation;

      for (guint t = 0; t < SW_SITUATION_MAX_TECHNOLOGIES; t++)
        if (stated->skills[t] >= 0.0)
          situation->skills[t] = stated->skills[t];
      if (stated->existing != SW_EXISTING_NOT_STATED)
        situation->existing = stated->existing;
    }

  for (guint i = 0; options->skills != NULL && options->skills[i] != NULL; i++)
    {
      guint technology;
      double level;

      if (!sw_parse_skill_assignment (dataset, options->skills[i], &technology, &level, error))
        {
          g_autofree char *valid = g_utf8_make_valid (options->skills[i], -1);

          g_strdelimit (valid, "\n\r\t", ' ');
          g_prefix_error (error, "--skill “%s”: ", valid);
          return FALSE;
        }
      situation->skills[technology] = level;
    }

  if (options->existing != NULL &&
      !sw_parse_existing (dataset, options->existing, &situation->existing, error))
    {
      g_autofree char *valid = g_utf8_make_valid (options->existing, -1);

      g_strdelimit (valid, "\n\r\t", ' ');
      g_prefix_error (error, "--existing “%s”: ", valid);
      return FALSE;
    }

  return TRUE;
}

/* --preset replaces the weights, then each --set changes one, in order. */
static gboolean
apply_weight_options (SwCliOptions  *options,
                      SwDataset     *dataset,
                      double        *weights,
                      SwSituation   *situation,
                      GError       **error)
{
  guint n_criteria = sw_dataset_get_n_criteria (dataset);

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

  if (!apply_situation_options (options, dataset, situation, error))
    return FALSE;

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

/* The meeting to weigh: the --meeting file, or one person alone with every
 * weight at 0; then --preset and --set change the weights the form would show
 * (the active participant's, as in the window). */
static SwMeeting *
build_meeting (SwCliOptions  *options,
               SwDataset     *dataset,
               GError       **error)
{
  g_autoptr(SwMeeting) meeting = NULL;
  g_autofree double *weights = NULL;
  g_autofree char *preset_id = NULL;
  SwSituation situation;

  if (options->meeting_file != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (options->meeting_file);

      meeting = sw_meeting_file_read_file (file, dataset, NULL, error);
      if (meeting == NULL)
        {
          if (error != NULL && g_error_matches (*error, SW_MEETING_FILE_ERROR, SW_MEETING_FILE_ERROR_OTHER_DATASET))
            {
              /* The window's "open that dataset first" is --dataset here. */
              g_autofree char *message = g_strdup ((*error)->message);

              g_clear_error (error);
              g_set_error (error, SW_MEETING_FILE_ERROR, SW_MEETING_FILE_ERROR_OTHER_DATASET,
                           _("%s with --dataset PATH"), message);
            }
          return NULL;
        }
    }
  else
    meeting = sw_meeting_new (dataset);

  weights = g_memdup2 (sw_meeting_get_weights (meeting), sizeof (double) * sw_dataset_get_n_criteria (dataset));
  situation = *sw_meeting_get_situation (meeting);
  if (!apply_weight_options (options, dataset, weights, &situation, error))
    return NULL;

  /* "preset" names the preset the weights started from (docs/scoring.md). */
  preset_id = g_strdup (options->preset != NULL ? options->preset : sw_meeting_get_preset_id (meeting));
  sw_meeting_restore (meeting, weights, preset_id);
  sw_meeting_restore_situation (meeting, &situation);

  return g_steal_pointer (&meeting);
}

static gboolean
write_exports (SwCliOptions  *options,
               SwMeeting    *meeting,
               GError       **error)
{
  if (options->export_adr != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (options->export_adr);

      if (!sw_export_markdown_to_file (meeting, NULL, file, NULL, error))
        return FALSE;
    }

  if (options->export_pdf != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (options->export_pdf);

      if (!sw_export_pdf_to_file (meeting, NULL, file, NULL, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
run_recommend (SwCliOptions  *options,
               GError       **error)
{
  g_autoptr(SwDataset) dataset = NULL;
  g_autoptr(SwMeeting) meeting = NULL;
  g_autofree char *output = NULL;

  dataset = load_dataset (options, error);
  if (dataset == NULL)
    return FALSE;

  meeting = build_meeting (options, dataset, error);
  if (meeting == NULL)
    return FALSE;

  /* Files first: when one cannot be written, the error is the only output. */
  if (!write_exports (options, meeting, error))
    return FALSE;

  if (options->json)
    {
      output = sw_report_format_meeting_json (meeting, TRUE);
      /* JSON is UTF-8 whatever the locale: bypass g_print()'s conversion. */
      fputs (output, stdout);
      fputc ('\n', stdout);
      fflush (stdout);
    }
  else
    {
      output = sw_report_format_meeting_text (meeting);
      g_print ("%s", output);
    }

  return TRUE;
}

typedef struct
{
  GMainLoop      *loop;
  SwMeeting     *meeting;
  GFile          *file;
  SwBallotServer *server;
  GError         *error;  /* the first save that failed */
} Collection;

static gboolean
stop_collecting (gpointer user_data)
{
  Collection *c = user_data;

  g_main_loop_quit (c->loop);
  return G_SOURCE_CONTINUE;
}

/* Each ballot goes into the file at once (atomically): a power cut or a
 * Ctrl+C loses nothing that was acknowledged. */
static void
ballot_arrived (SwBallotServer *server,
                guint           participant,
                Collection     *c)
{
  g_autoptr(GError) error = NULL;
  SwBlindVote blind;

  if (!sw_meeting_file_save_to_file (c->meeting, c->file, NULL, &error))
    {
      g_printerr ("stackwise: %s\n", error->message);
      if (c->error == NULL)
        c->error = g_steal_pointer (&error);
      g_main_loop_quit (c->loop);
      return;
    }

  sw_blind_vote_init_from_meeting (&blind, c->meeting);
  /* Translators: --collect-votes, as each ballot arrives, "Ana has voted (2 of 3)" */
  g_print (_("%s has voted (%u of %u)\n"), sw_meeting_get_participant_name (c->meeting, participant),
           blind.voted, blind.of);
  fflush (stdout);

  if (!sw_ballot ()->server_is_open (server))
    g_main_loop_quit (c->loop);
}

static gboolean
run_collect (SwCliOptions  *options,
             GError       **error)
{
  g_autoptr(SwDataset) dataset = NULL;
  g_autoptr(SwMeeting) meeting = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(SwBallotServer) server = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  const SwBallotFunctions *ballot;
  Collection c = { 0, };
  guint sigint, sigterm;

  dataset = load_dataset (options, error);
  if (dataset == NULL)
    return FALSE;

  file = g_file_new_for_commandline_arg (options->collect_votes);
  meeting = sw_meeting_file_read_file (file, dataset, NULL, error);
  if (meeting == NULL)
    return FALSE;

  ballot = sw_ballot_load (error);
  if (ballot == NULL)
    return FALSE;
  server = ballot->server_new (meeting);
  if (!ballot->server_listen (server, options->listen, error))
    return FALSE;

  loop = g_main_loop_new (NULL, FALSE);
  c = (Collection) { .loop = loop, .meeting = meeting, .file = file, .server = server };
  g_signal_connect (server, "ballot", G_CALLBACK (ballot_arrived), &c);
  sigint = g_unix_signal_add (SIGINT, stop_collecting, &c);
  sigterm = g_unix_signal_add (SIGTERM, stop_collecting, &c);

  g_print ("%s\n", ballot->server_get_address (server));
  fflush (stdout);
  if (ballot->server_is_open (server))
    g_main_loop_run (loop);

  g_source_remove (sigint);
  g_source_remove (sigterm);
  ballot->server_stop (server);
  g_signal_handlers_disconnect_by_data (server, &c);

  if (c.error != NULL)
    {
      g_propagate_error (error, c.error);
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

  if (options->collect_votes != NULL)
    {
      g_autoptr(GError) error = NULL;

      *exit_status = 0;
      if (!run_collect (options, &error))
        {
          g_printerr ("stackwise: %s\n", error->message);
          *exit_status = 2;
        }
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
