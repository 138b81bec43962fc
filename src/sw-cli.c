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
#include "sw-robustness.h"
#include <glib-unix.h>
#include <signal.h>

#include "sw-ballot-server.h"
#include "sw-blind-vote.h"
#include "sw-save.h"
#include "sw-scenario.h"
#include "sw-team.h"

G_DEFINE_QUARK (sw-cli-error-quark, sw_cli_error)

void
sw_cli_options_clear (SwCliOptions *options)
{
  g_clear_pointer (&options->dataset, g_free);
  g_clear_pointer (&options->preset, g_free);
  g_clear_pointer (&options->assignments, g_strfreev);
  g_clear_pointer (&options->skills, g_strfreev);
  g_clear_pointer (&options->existing, g_free);
  g_clear_pointer (&options->scenario, g_free);
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
    { "scenario", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, &options->scenario,
      N_("Open the saved meeting FILE (.stackwise); with --recommend, weigh it (--preset and --set "
         "then change the active participant's weights)"), N_("FILE") },
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

/* The meeting to weigh: the --scenario file, or one person alone with every
 * weight at 0; then --preset and --set change the weights the form would show
 * (the active participant's, as in the window). */
static SwScenario *
build_scenario (SwCliOptions  *options,
                SwDataset     *dataset,
                GError       **error)
{
  g_autoptr(SwScenario) scenario = NULL;
  double *weights;

  if (options->scenario != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (options->scenario);

      scenario = sw_scenario_new_from_file (file, dataset, NULL, error);
      if (scenario == NULL)
        {
          if (error != NULL && g_error_matches (*error, SW_SCENARIO_ERROR, SW_SCENARIO_ERROR_OTHER_DATASET))
            {
              /* The window's "open that dataset first" is --dataset here. */
              g_autofree char *message = g_strdup ((*error)->message);

              g_clear_error (error);
              g_set_error (error, SW_SCENARIO_ERROR, SW_SCENARIO_ERROR_OTHER_DATASET,
                           _("%s with --dataset PATH"), message);
            }
          return NULL;
        }
    }
  else
    scenario = sw_scenario_new (dataset, 0.0);

  weights = sw_scenario_get_n_participants (scenario) > 0
    ? sw_scenario_get_participant (scenario, scenario->active)->weights
    : scenario->weights;
  if (!apply_weight_options (options, dataset, weights, &scenario->situation, error))
    return NULL;

  /* "preset" names the preset the weights started from (docs/scoring.md). */
  if (options->preset != NULL)
    {
      g_free (scenario->preset_id);
      scenario->preset_id = g_strdup (options->preset);
    }

  return g_steal_pointer (&scenario);
}

static gboolean
write_exports (SwCliOptions  *options,
               SwScenario    *scenario,
               GError       **error)
{
  if (options->export_adr != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (options->export_adr);

      if (!sw_export_markdown_to_file (scenario, NULL, file, NULL, error))
        return FALSE;
    }

  if (options->export_pdf != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (options->export_pdf);

      if (!sw_export_pdf_to_file (scenario, NULL, file, NULL, error))
        return FALSE;
    }

  return TRUE;
}

/* The JSON object gets a "team" member: null alone, else the figures by participant. */
static void
add_team_json (JsonObject *root,
               SwScenario *scenario,
               SwTeam     *team)
{
  SwDataset *dataset = scenario->dataset;
  JsonObject *object;
  JsonArray *participants;
  JsonArray *disagreements;

  if (team == NULL)
    {
      json_object_set_null_member (root, "team");
      return;
    }

  object = json_object_new ();
  /* Consensus about the answer and about the priorities, apart. */
  json_object_set_double_member (object, "agreement", sw_team_get_agreement (team));
  json_object_set_double_member (object, "overlap", sw_team_get_consensus (team));
  participants = json_array_new ();
  for (guint p = 0; p < sw_team_get_n_participants (team); p++)
    {
      SwVerdict *own = sw_team_get_participant_verdict (team, p);
      JsonObject *item = json_object_new ();
      int leader = sw_verdict_get_leader (own);
      int without = sw_team_get_leader_without (team, p);

      json_object_set_string_member (item, "name", sw_scenario_get_participant (scenario, p)->name);
      json_object_set_boolean_member (item, "voted", sw_scenario_get_participant (scenario, p)->voted);
      switch (sw_verdict_get_kind (own))
        {
        case SW_VERDICT_KIND_TECHNOLOGY:
          json_object_set_string_member (item, "verdict", sw_dataset_get_technology (dataset, leader)->id);
          break;
        case SW_VERDICT_KIND_HYBRID:
          json_object_set_string_member (item, "verdict", "hybrid");
          break;
        case SW_VERDICT_KIND_UNDECIDED:
        default:
          json_object_set_string_member (item, "verdict", "undecided");
          break;
        }
      json_object_set_boolean_member (item, "agrees", sw_team_participant_agrees (team, p));
      json_object_set_boolean_member (item, "decisive", sw_team_is_decisive (team, p));
      if (!sw_team_is_decisive (team, p))
        json_object_set_null_member (item, "verdict_without");
      else if (sw_team_get_kind_without (team, p) == SW_VERDICT_KIND_TECHNOLOGY)
        json_object_set_string_member (item, "verdict_without", sw_dataset_get_technology (dataset, without)->id);
      else
        json_object_set_string_member (item, "verdict_without",
                                       sw_team_get_kind_without (team, p) == SW_VERDICT_KIND_HYBRID
                                       ? "hybrid" : "undecided");
      json_array_add_object_element (participants, item);
    }
  json_object_set_array_member (object, "participants", participants);

  disagreements = json_array_new ();
  for (guint i = 0; i < sw_team_get_n_disagreements (team); i++)
    {
      const SwDisagreement *item = sw_team_get_disagreement (team, i);
      JsonObject *entry = json_object_new ();

      json_object_set_string_member (entry, "criterion", sw_dataset_get_criterion (dataset, item->criterion)->id);
      json_object_set_double_member (entry, "spread", item->spread);
      json_object_set_double_member (entry, "lowest", item->lowest);
      json_object_set_double_member (entry, "highest", item->highest);
      json_array_add_object_element (disagreements, entry);
    }
  json_object_set_array_member (object, "disagreements", disagreements);

  json_object_set_object_member (root, "team", object);
}

/* A blind vote adds "blind": {"voted": N, "of": M}; null when the vote is not blind. */
static void
add_blind_json (JsonObject        *root,
                const SwBlindVote *blind)
{
  JsonObject *object;

  if (!blind->blind)
    {
      json_object_set_null_member (root, "blind");
      return;
    }

  object = json_object_new ();
  json_object_set_int_member (object, "voted", blind->voted);
  json_object_set_int_member (object, "of", blind->of);
  json_object_set_object_member (root, "blind", object);
}

static char *
format_json (SwScenario        *scenario,
             SwVerdict         *verdict,
             SwTeam            *team,
             const SwBlindVote *blind)
{
  g_autoptr(JsonNode) root = sw_report_build_json (verdict, scenario->preset_id);
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  add_team_json (json_node_get_object (root), scenario, team);
  add_blind_json (json_node_get_object (root), blind);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  return json_generator_to_data (generator, NULL);
}

/* While a blind vote is open: the dataset and the count, and the result null. */
static char *
format_sealed_json (SwScenario        *scenario,
                    const SwBlindVote *blind)
{
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "dataset", sw_dataset_get_id (scenario->dataset));
  json_object_set_null_member (object, "verdict");
  json_object_set_null_member (object, "team");
  add_blind_json (object, blind);
  json_node_take_object (root, object);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  return json_generator_to_data (generator, NULL);
}

static gboolean
run_recommend (SwCliOptions  *options,
               GError       **error)
{
  g_autoptr(SwDataset) dataset = NULL;
  g_autoptr(SwScenario) scenario = NULL;
  g_autoptr(SwVerdict) verdict = NULL;
  g_autoptr(SwTeam) team = NULL;
  g_autofree char *output = NULL;
  SwBlindVote blind;

  dataset = load_dataset (options, error);
  if (dataset == NULL)
    return FALSE;

  scenario = build_scenario (options, dataset, error);
  if (scenario == NULL)
    return FALSE;

  /* Files first: when one cannot be written, the error is the only output. */
  if (!write_exports (options, scenario, error))
    return FALSE;

  verdict = sw_blind_vote_evaluate (scenario, &team, &blind);

  if (options->json)
    {
      output = verdict != NULL ? format_json (scenario, verdict, team, &blind)
                               : format_sealed_json (scenario, &blind);
      /* JSON is UTF-8 whatever the locale: bypass g_print()'s conversion. */
      fputs (output, stdout);
      fputc ('\n', stdout);
      fflush (stdout);
    }
  else if (verdict == NULL)
    {
      output = sw_blind_vote_dup_status (&blind);
      g_print ("%s\n", output);
    }
  else
    {
      output = sw_report_format_text (verdict);
      g_print ("%s", output);
      if (team != NULL)
        {
          g_autofree char *team_text = NULL;
          g_autofree const char **names = g_new0 (const char *, sw_team_get_n_participants (team) + 1);

          for (guint p = 0; p < sw_team_get_n_participants (team); p++)
            names[p] = sw_scenario_get_participant (scenario, p)->name;
          team_text = sw_team_format_text (team, names);
          g_print ("%s", team_text);
        }
    }

  return TRUE;
}

typedef struct
{
  GMainLoop      *loop;
  SwScenario     *scenario;
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

  if (!sw_scenario_save_to_file (c->scenario, c->file, NULL, &error))
    {
      g_printerr ("stackwise: %s\n", error->message);
      if (c->error == NULL)
        c->error = g_steal_pointer (&error);
      g_main_loop_quit (c->loop);
      return;
    }

  sw_blind_vote_init_from_scenario (&blind, c->scenario);
  /* Translators: --collect-votes, as each ballot arrives, "Ana has voted (2 of 3)" */
  g_print (_("%s has voted (%u of %u)\n"), sw_scenario_get_participant (c->scenario, participant)->name,
           blind.voted, blind.of);
  fflush (stdout);

  if (!sw_ballot_server_is_open (server))
    g_main_loop_quit (c->loop);
}

static gboolean
run_collect (SwCliOptions  *options,
             GError       **error)
{
  g_autoptr(SwDataset) dataset = NULL;
  g_autoptr(SwScenario) scenario = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(SwBallotServer) server = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  Collection c = { 0, };
  guint sigint, sigterm;

  dataset = load_dataset (options, error);
  if (dataset == NULL)
    return FALSE;

  file = g_file_new_for_commandline_arg (options->collect_votes);
  scenario = sw_scenario_new_from_file (file, dataset, NULL, error);
  if (scenario == NULL)
    return FALSE;

  server = sw_ballot_server_new (scenario);
  if (!sw_ballot_server_listen (server, options->listen, error))
    return FALSE;

  loop = g_main_loop_new (NULL, FALSE);
  c = (Collection) { .loop = loop, .scenario = scenario, .file = file, .server = server };
  g_signal_connect (server, "ballot", G_CALLBACK (ballot_arrived), &c);
  sigint = g_unix_signal_add (SIGINT, stop_collecting, &c);
  sigterm = g_unix_signal_add (SIGTERM, stop_collecting, &c);

  g_print ("%s\n", sw_ballot_server_get_address (server));
  fflush (stdout);
  if (sw_ballot_server_is_open (server))
    g_main_loop_run (loop);

  g_source_remove (sigint);
  g_source_remove (sigterm);
  sw_ballot_server_stop (server);
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
