/* sw-report.c — a verdict as text and as JSON, for the command line, the clipboard and exports
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "sw-blind-vote.h"
#include "sw-json-reader.h"
#include "sw-report.h"

static const char *
technology_id (SwDataset *dataset,
               int        technology)
{
  return sw_dataset_get_technology (dataset, technology)->id;
}

static const char *
criterion_id (SwDataset *dataset,
              guint      criterion)
{
  return sw_dataset_get_criterion (dataset, criterion)->id;
}

static void
append_scores_sentence (GString   *text,
                        SwVerdict *verdict)
{
  SwDataset *dataset = sw_verdict_get_dataset (verdict);
  guint n_technologies = sw_dataset_get_n_technologies (dataset);
  g_autoptr(GString) scores = g_string_new (NULL);
  guint *order = g_newa (guint, n_technologies);

  sw_verdict_get_ranking (verdict, order);

  for (guint i = 0; i < n_technologies; i++)
    {
      g_autofree char *score = sw_format_number (sw_verdict_get_score (verdict, order[i]));

      if (i > 0)
        g_string_append (scores, ", ");
      g_string_append_printf (scores, "%s %s",
                              sw_dataset_get_technology (dataset, order[i])->name, score);
    }

  /* Translators: "Scores out of 100: Node.js 84.7, Python 56.1; confidence: clear." */
  g_string_append_printf (text, _("Scores out of 100: %s; confidence: %s."),
                          scores->str, sw_verdict_get_confidence_label (verdict));
  g_string_append_c (text, '\n');
}

static void
append_reasons_sentence (GString   *text,
                         SwVerdict *verdict)
{
  g_autoptr(GString) reasons = g_string_new (NULL);
  guint n = MIN (sw_verdict_get_n_contributions (verdict), SW_REPORT_MAX_REASONS);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *sentence = sw_verdict_dup_contribution_sentence (verdict, i);

      if (i > 0)
        g_string_append (reasons, "; ");
      g_string_append (reasons, sentence);
    }

  if (n > 0)
    {
      /* Translators: followed by up to three reasons, "Real-time features (weight 8.0): 4.4 points for Node.js; …" */
      g_string_append_printf (text, _("Top reasons: %s."), reasons->str);
      g_string_append_c (text, '\n');
    }
}

static void
append_tipping_sentence (GString            *text,
                         SwVerdict          *verdict,
                         const char * const *tipping)
{
  guint n = MIN (sw_verdict_get_n_tipping_points (verdict), SW_REPORT_MAX_TIPPING_POINTS);

  if (tipping != NULL)
    {
      if (tipping[0] == NULL)
        return;
      g_string_append (text, _("What would change the answer:"));
      for (guint i = 0; tipping[i] != NULL; i++)
        {
          g_string_append_c (text, ' ');
          g_string_append (text, tipping[i]);
        }
      g_string_append_c (text, '\n');
      return;
    }

  if (n == 0)
    {
      g_string_append (text, _("What would change the answer: no single weight from 0 to 10 changes the leader."));
      g_string_append_c (text, '\n');
      return;
    }

  g_string_append (text, _("What would change the answer:"));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *sentence = sw_verdict_dup_tipping_point_sentence (verdict, i);

      g_string_append_c (text, ' ');
      g_string_append (text, sentence);
    }
  g_string_append_c (text, '\n');
}

static void
append_flip_sentence (GString   *text,
                      SwVerdict *verdict)
{
  g_autofree char *sentence = sw_verdict_dup_flip_sentence (verdict);

  if (sentence == NULL)
    return;
  g_string_append (text, sentence);
  g_string_append_c (text, '\n');
}

char *
sw_report_format_text (SwVerdict *verdict)
{
  return sw_report_format_text_with_tipping (verdict, NULL);
}

/* Every participant's name and weights, the rows the team's tipping
 * sentences name, and the active participant's marks. */
typedef struct
{
  const char **names;
  double      *weights;
  guint        active;
  SwVerdict   *marks;
} TeamRows;

static void
team_rows_init (TeamRows  *rows,
                SwMeeting *meeting,
                SwTeam    *team,
                SwVerdict *marks)
{
  guint n = sw_meeting_get_n_participants (meeting);
  guint n_criteria = sw_dataset_get_n_criteria (sw_meeting_get_dataset (meeting));

  rows->active = sw_meeting_get_active_participant (meeting);
  rows->names = g_new0 (const char *, n + 1);
  rows->weights = g_new (double, (gsize) n * n_criteria);
  for (guint p = 0; p < n; p++)
    {
      rows->names[p] = sw_meeting_get_participant_name (meeting, p);
      memcpy (rows->weights + p * n_criteria, sw_meeting_get_participant_weights (meeting, p),
              sizeof (double) * n_criteria);
    }
  rows->marks = marks != NULL ? sw_verdict_ref (marks)
                              : sw_team_dup_participant_marks (team, rows->active,
                                                               rows->weights + rows->active * n_criteria);
}

static void
team_rows_clear (TeamRows *rows)
{
  g_clear_pointer (&rows->names, g_free);
  g_clear_pointer (&rows->weights, g_free);
  g_clear_pointer (&rows->marks, sw_verdict_unref);
}

static char *
team_rows_dup_sentence (TeamRows *rows,
                        SwTeam   *team,
                        guint     index)
{
  return sw_team_dup_participant_tipping_sentence (team, rows->marks, index, rows->active,
                                                   rows->weights, rows->names);
}

char **
sw_report_dup_team_tipping (SwMeeting *meeting,
                            SwTeam     *team,
                            SwVerdict  *marks)
{
  g_autoptr(GStrvBuilder) sentences = g_strv_builder_new ();
  TeamRows rows;
  guint n_points;

  g_return_val_if_fail (SW_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (team != NULL, NULL);

  if (sw_meeting_get_n_participants (meeting) == 0 || sw_verdict_get_leader (sw_team_get_verdict (team)) < 0)
    return g_strv_builder_end (sentences);

  team_rows_init (&rows, meeting, team, marks);
  n_points = sw_verdict_get_n_tipping_points (rows.marks);
  for (guint i = 0; i < MIN (n_points, SW_REPORT_MAX_TIPPING_POINTS); i++)
    {
      g_autofree char *sentence = team_rows_dup_sentence (&rows, team, i);
      g_strv_builder_add (sentences, sentence);
    }
  if (n_points == 0)
    {
      g_autofree char *sentence = sw_team_dup_no_tipping_sentence (team, rows.names[rows.active]);
      g_strv_builder_add (sentences, sentence);
    }
  team_rows_clear (&rows);

  return g_strv_builder_end (sentences);
}

char *
sw_report_format_text_with_tipping (SwVerdict          *verdict,
                                    const char * const *tipping)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *headline = NULL;
  g_autofree char *robustness = NULL;

  g_return_val_if_fail (verdict != NULL, NULL);

  headline = sw_verdict_dup_headline (verdict);
  g_string_append (text, headline);
  g_string_append_c (text, '\n');

  /* With no priority set there is nothing more to say. */
  if (sw_verdict_get_leader (verdict) < 0)
    return g_string_free (g_steal_pointer (&text), FALSE);

  append_scores_sentence (text, verdict);
  append_reasons_sentence (text, verdict);
  append_tipping_sentence (text, verdict, tipping);
  append_flip_sentence (text, verdict);

  robustness = sw_verdict_dup_robustness_sentence (verdict);
  if (robustness != NULL)
    {
      g_string_append (text, robustness);
      g_string_append_c (text, '\n');
    }

  /* The facts the verdict rests on, once any is stated. */
  if (!sw_situation_is_empty (sw_dataset_get_situation (sw_verdict_get_dataset (verdict))))
    {
      g_autofree char *situation = sw_situation_dup_sentence (sw_verdict_get_dataset (verdict));

      if (situation != NULL)
        {
          g_string_append (text, situation);
          g_string_append_c (text, '\n');
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_technology_or_null (JsonBuilder *builder,
                        SwDataset   *dataset,
                        int          technology)
{
  if (technology >= 0)
    json_builder_add_string_value (builder, technology_id (dataset, technology));
  else
    json_builder_add_null_value (builder);
}

static void
build_contributions (JsonBuilder *builder,
                     SwVerdict   *verdict)
{
  SwDataset *dataset = sw_verdict_get_dataset (verdict);

  json_builder_begin_array (builder);
  for (guint i = 0; i < sw_verdict_get_n_contributions (verdict); i++)
    {
      const SwContribution *contribution = sw_verdict_get_contribution (verdict, i);
      g_autofree char *sentence = sw_verdict_dup_contribution_sentence (verdict, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "criterion");
      json_builder_add_string_value (builder, criterion_id (dataset, contribution->criterion));
      json_builder_set_member_name (builder, "weight");
      sw_json_builder_add_number (builder, contribution->weight);
      json_builder_set_member_name (builder, "favours");
      add_technology_or_null (builder, dataset, contribution->favours);
      json_builder_set_member_name (builder, "points");
      sw_json_builder_add_number (builder, contribution->points);
      json_builder_set_member_name (builder, "sentence");
      json_builder_add_string_value (builder, sentence);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* A verdict's tipping points; with `rows` (a team), those of the active
 * participant's marks, each sentence the one the text and the window show. */
static void
build_tipping_points (JsonBuilder *builder,
                      SwVerdict   *verdict,
                      SwTeam      *team,
                      TeamRows    *rows)
{
  SwDataset *dataset = sw_verdict_get_dataset (verdict);
  SwVerdict *points = rows != NULL ? rows->marks : verdict;

  json_builder_begin_array (builder);
  for (guint i = 0; i < sw_verdict_get_n_tipping_points (points); i++)
    {
      const SwTippingPoint *point = sw_verdict_get_tipping_point (points, i);
      g_autofree char *sentence = rows != NULL ? team_rows_dup_sentence (rows, team, i)
                                               : sw_verdict_dup_tipping_point_sentence (verdict, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "criterion");
      json_builder_add_string_value (builder, criterion_id (dataset, point->criterion));
      json_builder_set_member_name (builder, "at");
      sw_json_builder_add_number (builder, point->at);
      json_builder_set_member_name (builder, "share");
      sw_json_builder_add_number (builder, point->share);
      json_builder_set_member_name (builder, "new_leader");
      add_technology_or_null (builder, dataset, point->new_leader);
      json_builder_set_member_name (builder, "direction");
      json_builder_add_string_value (builder, point->direction == SW_TIPPING_RAISE ? "raise" : "lower");
      json_builder_set_member_name (builder, "sentence");
      json_builder_add_string_value (builder, sentence);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
build_flip (JsonBuilder *builder,
            SwVerdict   *verdict)
{
  SwDataset *dataset = sw_verdict_get_dataset (verdict);
  g_autofree char *sentence = NULL;

  if (!sw_verdict_has_flip (verdict))
    {
      json_builder_add_null_value (builder);
      return;
    }

  sentence = sw_verdict_dup_flip_sentence (verdict);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "moves");
  json_builder_begin_array (builder);
  for (guint i = 0; i < sw_verdict_get_n_flip_moves (verdict); i++)
    {
      const SwFlipMove *move = sw_verdict_get_flip_move (verdict, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "from");
      json_builder_add_string_value (builder, criterion_id (dataset, move->from));
      json_builder_set_member_name (builder, "to");
      json_builder_add_string_value (builder, criterion_id (dataset, move->to));
      json_builder_set_member_name (builder, "share");
      sw_json_builder_add_number (builder, move->share);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "share_moved");
  sw_json_builder_add_number (builder, sw_verdict_get_flip_share_moved (verdict));
  json_builder_set_member_name (builder, "new_leader");
  add_technology_or_null (builder, dataset, sw_verdict_get_flip_new_leader (verdict));
  json_builder_set_member_name (builder, "sentence");
  json_builder_add_string_value (builder, sentence);
  json_builder_end_object (builder);
}

static void
build_hybrid (JsonBuilder *builder,
              SwVerdict   *verdict)
{
  SwDataset *dataset = sw_verdict_get_dataset (verdict);
  guint n_technologies = sw_dataset_get_n_technologies (dataset);

  if (sw_verdict_get_kind (verdict) != SW_VERDICT_KIND_HYBRID)
    {
      json_builder_add_null_value (builder);
      return;
    }

  json_builder_begin_object (builder);
  for (guint t = 0; t < n_technologies; t++)
    {
      guint n = sw_verdict_get_n_hybrid_criteria (verdict, t);

      if (n == 0)
        continue;

      json_builder_set_member_name (builder, technology_id (dataset, t));
      json_builder_begin_array (builder);
      for (guint i = 0; i < n; i++)
        json_builder_add_string_value (builder,
                                       criterion_id (dataset, sw_verdict_get_hybrid_criterion (verdict, t, i)));
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);
}

/* "situation": {"skills": {technology: level or null}, "existing": technology or null};
 * "none" and not stated are both null (neither is a technology of the dataset). */
static void
add_situation (JsonBuilder *builder,
               SwDataset   *dataset)
{
  const SwSituation *situation = sw_dataset_get_situation (dataset);

  json_builder_set_member_name (builder, "situation");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "skills");
  json_builder_begin_object (builder);
  for (guint t = 0; t < sw_dataset_get_n_technologies (dataset); t++)
    {
      json_builder_set_member_name (builder, technology_id (dataset, t));
      if (situation->skills[t] >= 0.0)
        sw_json_builder_add_number (builder, situation->skills[t]);
      else
        json_builder_add_null_value (builder);
    }
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "existing");
  add_technology_or_null (builder, dataset, situation->existing);
  json_builder_end_object (builder);
}

JsonNode *
sw_report_build_json (SwVerdict  *verdict,
                      const char *preset_id)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *summary = NULL;
  SwDataset *dataset;
  guint n_technologies;
  guint n_criteria;

  g_return_val_if_fail (verdict != NULL, NULL);

  dataset = sw_verdict_get_dataset (verdict);
  n_technologies = sw_dataset_get_n_technologies (dataset);
  n_criteria = sw_dataset_get_n_criteria (dataset);
  summary = sw_verdict_dup_headline (verdict);

  json_builder_begin_object (builder);

  json_builder_set_member_name (builder, "dataset");
  json_builder_add_string_value (builder, sw_dataset_get_id (dataset));
  json_builder_set_member_name (builder, "preset");
  if (preset_id != NULL)
    json_builder_add_string_value (builder, preset_id);
  else
    json_builder_add_null_value (builder);

  add_situation (builder, dataset);

  json_builder_set_member_name (builder, "verdict");
  json_builder_add_string_value (builder, sw_verdict_get_answer_id (verdict));
  json_builder_set_member_name (builder, "undecided_reason");
  switch (sw_verdict_get_undecided_reason (verdict))
    {
    case SW_UNDECIDED_NO_PRIORITY:
      json_builder_add_string_value (builder, "no priority");
      break;
    case SW_UNDECIDED_TOO_CLOSE:
      json_builder_add_string_value (builder, "too close");
      break;
    case SW_UNDECIDED_SITUATION_ONLY:
      json_builder_add_string_value (builder, "situation only");
      break;
    case SW_UNDECIDED_NONE:
    default:
      json_builder_add_null_value (builder);
      break;
    }
  json_builder_set_member_name (builder, "leader");
  add_technology_or_null (builder, dataset, sw_verdict_get_leader (verdict));
  json_builder_set_member_name (builder, "runner_up");
  add_technology_or_null (builder, dataset, sw_verdict_get_runner_up (verdict));

  json_builder_set_member_name (builder, "scores");
  json_builder_begin_object (builder);
  for (guint t = 0; t < n_technologies; t++)
    {
      json_builder_set_member_name (builder, technology_id (dataset, t));
      sw_json_builder_add_number (builder, sw_verdict_get_score (verdict, t));
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "margin");
  sw_json_builder_add_number (builder, sw_verdict_get_margin (verdict));
  json_builder_set_member_name (builder, "confidence");
  json_builder_add_string_value (builder, sw_verdict_get_confidence_id (verdict));

  json_builder_set_member_name (builder, "weights");
  json_builder_begin_object (builder);
  for (guint c = 0; c < n_criteria; c++)
    {
      json_builder_set_member_name (builder, criterion_id (dataset, c));
      sw_json_builder_add_number (builder, sw_verdict_get_weight (verdict, c));
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "contributions");
  build_contributions (builder, verdict);
  json_builder_set_member_name (builder, "tipping_points");
  build_tipping_points (builder, verdict, NULL, NULL);
  json_builder_set_member_name (builder, "flip");
  build_flip (builder, verdict);
  json_builder_set_member_name (builder, "hybrid");
  build_hybrid (builder, verdict);

  json_builder_set_member_name (builder, "robustness");
  if (sw_verdict_has_robustness (verdict))
    {
      json_builder_begin_object (builder);
      for (guint t = 0; t < n_technologies; t++)
        {
          json_builder_set_member_name (builder, technology_id (dataset, t));
          sw_json_builder_add_number (builder, sw_verdict_get_robustness (verdict, t));
        }
      json_builder_end_object (builder);
    }
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "summary");
  json_builder_add_string_value (builder, summary);

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* Takes `root`: its text, indented by 2 when pretty. */
static char *
generate (JsonNode *root,
          gboolean  pretty)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) owned = root;

  json_generator_set_root (generator, owned);
  json_generator_set_pretty (generator, pretty);
  json_generator_set_indent (generator, 2);

  return json_generator_to_data (generator, NULL);
}

char *
sw_report_format_json (SwVerdict  *verdict,
                       const char *preset_id,
                       gboolean    pretty)
{
  g_return_val_if_fail (verdict != NULL, NULL);

  return generate (sw_report_build_json (verdict, preset_id), pretty);
}

/* The meeting as every door may show it */

/* The "team" member: null alone, else the figures by participant. */
static void
add_team_json (JsonObject *root,
               SwMeeting *meeting,
               SwTeam     *team)
{
  SwDataset *dataset = sw_meeting_get_dataset (meeting);
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

      json_object_set_string_member (item, "name", sw_meeting_get_participant_name (meeting, p));
      json_object_set_boolean_member (item, "voted", sw_meeting_get_participant_voted (meeting, p));
      json_object_set_string_member (item, "verdict",
                                     sw_verdict_get_answer_id (own));
      json_object_set_boolean_member (item, "agrees", sw_team_participant_agrees (team, p));
      json_object_set_boolean_member (item, "decisive", sw_team_is_decisive (team, p));
      if (!sw_team_is_decisive (team, p))
        json_object_set_null_member (item, "verdict_without");
      else
        json_object_set_string_member (item, "verdict_without",
                                       sw_verdict_kind_get_id (sw_team_get_kind_without (team, p), dataset,
                                                               sw_team_get_leader_without (team, p)));
      json_array_add_object_element (participants, item);
    }
  json_object_set_array_member (object, "participants", participants);
  /* Whose sliders the tipping points move. */
  json_object_set_string_member (object, "active",
                                 sw_meeting_get_participant_name (meeting, sw_meeting_get_active_participant (meeting)));

  disagreements = json_array_new ();
  for (guint i = 0; i < sw_team_get_n_disagreements (team); i++)
    {
      const SwDisagreement *item = sw_team_get_disagreement (team, i);
      JsonObject *entry = json_object_new ();

      json_object_set_string_member (entry, "criterion", criterion_id (dataset, item->criterion));
      json_object_set_double_member (entry, "spread", item->spread);
      json_object_set_double_member (entry, "lowest", item->lowest);
      json_object_set_double_member (entry, "highest", item->highest);
      json_array_add_object_element (disagreements, entry);
    }
  json_object_set_array_member (object, "disagreements", disagreements);

  json_object_set_object_member (root, "team", object);
}

/* "blind": {"voted": N, "of": M} while the vote is blind; null otherwise. */
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

JsonNode *
sw_report_build_meeting_json (SwMeeting *meeting)
{
  g_autoptr(SwVerdict) verdict = NULL;
  g_autoptr(SwTeam) team = NULL;
  JsonNode *root;
  SwBlindVote blind;

  g_return_val_if_fail (SW_IS_MEETING (meeting), NULL);

  verdict = sw_blind_vote_evaluate (meeting, &team, &blind);
  if (verdict != NULL)
    root = sw_report_build_json (verdict, sw_meeting_get_preset_id (meeting));
  else
    {
      /* While a blind vote is open: the dataset and the count, and the result null. */
      JsonObject *object = json_object_new ();

      root = json_node_new (JSON_NODE_OBJECT);
      json_object_set_string_member (object, "dataset", sw_dataset_get_id (sw_meeting_get_dataset (meeting)));
      json_object_set_null_member (object, "verdict");
      json_node_take_object (root, object);
    }

  add_team_json (json_node_get_object (root), meeting, team);
  if (verdict != NULL && team != NULL && sw_verdict_get_leader (sw_team_get_verdict (team)) >= 0)
    {
      /* A team's tipping points are the active participant's, everyone else
       * held, as the text and the window say them: never the mean's. */
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      TeamRows rows;

      team_rows_init (&rows, meeting, team, NULL);
      build_tipping_points (builder, verdict, team, &rows);
      json_object_set_member (json_node_get_object (root), "tipping_points", json_builder_get_root (builder));
      team_rows_clear (&rows);
    }
  add_blind_json (json_node_get_object (root), &blind);

  return root;
}

char *
sw_report_format_meeting_json (SwMeeting *meeting,
                               gboolean    pretty)
{
  g_return_val_if_fail (SW_IS_MEETING (meeting), NULL);

  return generate (sw_report_build_meeting_json (meeting), pretty);
}

char *
sw_report_format_meeting_text (SwMeeting *meeting)
{
  g_autoptr(SwVerdict) verdict = NULL;
  g_autoptr(SwTeam) team = NULL;
  g_autofree char *text = NULL;
  g_autofree char *team_text = NULL;
  g_autofree const char **names = NULL;
  g_auto(GStrv) tipping = NULL;
  SwBlindVote blind;
  guint n;

  g_return_val_if_fail (SW_IS_MEETING (meeting), NULL);

  verdict = sw_blind_vote_evaluate (meeting, &team, &blind);
  if (verdict == NULL)
    {
      g_autofree char *status = sw_blind_vote_dup_status (&blind);
      return g_strconcat (status, "\n", NULL);
    }

  if (team == NULL)
    return sw_report_format_text (verdict);

  tipping = sw_report_dup_team_tipping (meeting, team, NULL);
  text = sw_report_format_text_with_tipping (verdict, (const char * const *) tipping);

  n = sw_team_get_n_participants (team);
  names = g_new0 (const char *, n + 1);
  for (guint p = 0; p < n; p++)
    names[p] = sw_meeting_get_participant_name (meeting, p);
  team_text = sw_team_format_text (team, names);

  return g_strconcat (text, team_text, NULL);
}
