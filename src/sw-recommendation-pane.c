/* sw-recommendation-pane.c — shows a verdict: the answer, the scores, the reasons, what would change it
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sw-contribution-chart.h"
#include "sw-explain.h"
#include "sw-recommendation-pane.h"
#include "sw-score-row.h"
#include "sw-tech-style.h"
#include "sw-wrap.h"

/* Sentences of "what would change the answer", smallest change first. */
#define MAX_TIPPING_POINTS 3
/* Up to this many participants the team section has a row each (their own
 * verdict, the verdict without them); beyond, it summarizes. */
#define TEAM_ROWS_MAX 6
/* A large team's summary names at most this many people who decide alone. */
#define TEAM_DECISIVE_NAMED 3

/* A participant in the team grid: name, own verdict, what happens without them. */
typedef struct
{
  GtkWidget *name;
  GtkWidget *verdict;
  GtkWidget *without;
} TeamRow;

struct _SwRecommendationPane
{
  GtkWidget           parent_instance;

  SwVerdict          *verdict;
  SwDataset          *dataset;
  GPtrArray          *score_rows;      /* SwScoreRow, one per technology */
  GtkSizeGroup       *score_names;     /* one width for the rows' names */
  GtkWidget          *tipping_labels[MAX_TIPPING_POINTS];
  GtkWidget          *flip_label;
  GStrv               team_tipping;    /* a team's tipping sentences, or NULL */
  SwTeam             *team;
  gboolean            sealed;  /* a blind vote hides every verdict */
  GArray             *team_rows;       /* TeamRow, one per participant */
  double              scale;

  /* Template widgets */
  GtkWidget          *content;
  GtkWidget          *verdict_box;
  GtkLabel           *caption_label;
  GtkLabel           *notice_label;
  GtkLabel           *verdict_label;
  GtkLabel           *headline_label;
  GtkLabel           *confidence_label;
  GtkWidget          *scores_box;
  GtkLabel           *robustness_label;
  GtkScrolledWindow  *details_scroller;
  SwContributionChart *chart;
  GtkWidget          *tipping_box;
  GtkToggleButton    *formula_button;
  AdwButtonContent   *formula_heading;
  GtkLabel           *formula_label;
  GtkRevealer        *formula_revealer;
  GtkWidget          *team_box;
  GtkLabel           *team_summary_label;
  GtkLabel           *consensus_label;
  GtkLabel           *agreement_label;
  GtkGrid            *team_grid;
  GtkLabel           *disagreement_label;
};

G_DEFINE_FINAL_TYPE (SwRecommendationPane, sw_recommendation_pane, GTK_TYPE_WIDGET)

static void update_tipping_points (SwRecommendationPane *self);
static void update_formula (SwRecommendationPane *self);

GtkWidget *
sw_recommendation_pane_new (void)
{
  return g_object_new (SW_TYPE_RECOMMENDATION_PANE, NULL);
}

SwVerdict *
sw_recommendation_pane_get_verdict (SwRecommendationPane *self)
{
  g_return_val_if_fail (SW_IS_RECOMMENDATION_PANE (self), NULL);

  return self->verdict;
}

/* GtkLabel queues a resize on every gtk_label_set_text(), equal text or
 * not, and a resize re-measures the pane's wrapped sentences: set only
 * what changed. */
static void
set_text (GtkLabel   *label,
          const char *text)
{
  if (g_strcmp0 (gtk_label_get_text (label), text) != 0)
    gtk_label_set_text (label, text);
}

static void
clear_score_rows (SwRecommendationPane *self)
{
  for (guint i = 0; i < self->score_rows->len; i++)
    gtk_box_remove (GTK_BOX (self->scores_box), g_ptr_array_index (self->score_rows, i));
  g_ptr_array_set_size (self->score_rows, 0);
}

/* One row per technology, in dataset order, so rows never swap while a
 * slider moves: name, bar, score. */
static void
build_score_rows (SwRecommendationPane *self)
{
  clear_score_rows (self);

  for (guint t = 0; t < sw_dataset_get_n_technologies (self->dataset); t++)
    {
      GtkWidget *row = sw_score_row_new (sw_dataset_get_technology (self->dataset, t)->name, t,
                                         self->score_names);

      gtk_box_append (GTK_BOX (self->scores_box), row);
      g_ptr_array_add (self->score_rows, row);
    }
}

static void
set_dataset (SwRecommendationPane *self,
             SwDataset            *dataset)
{
  if (!g_set_object (&self->dataset, dataset))
    return;

  build_score_rows (self);
}

static void
update_verdict (SwRecommendationPane *self)
{
  g_autofree char *headline = sw_verdict_dup_headline (self->verdict);
  int leader = sw_verdict_get_leader (self->verdict);

  switch (sw_verdict_get_kind (self->verdict))
    {
    case SW_VERDICT_KIND_TECHNOLOGY:
      {
        const SwTechnology *technology = sw_dataset_get_technology (self->dataset, leader);

        set_text (self->verdict_label, technology->name);
        sw_tech_style_set_class (GTK_WIDGET (self->verdict_label), leader, "sw-tech-text");
      }
      break;

    case SW_VERDICT_KIND_HYBRID:
      /* Translators: the verdict when each technology should take its own part */
      set_text (self->verdict_label, _("Hybrid"));
      sw_tech_style_set_class (GTK_WIDGET (self->verdict_label), -1, "sw-tech-text");
      break;

    case SW_VERDICT_KIND_UNDECIDED:
    default:
      if (sw_verdict_get_undecided_reason (self->verdict) == SW_UNDECIDED_NO_PRIORITY ||
          sw_verdict_get_undecided_reason (self->verdict) == SW_UNDECIDED_SITUATION_ONLY)
        {
          /* A fresh start names no technology: it invites the first step. */
          set_text (self->verdict_label, _("No verdict yet"));
          if (gtk_widget_get_visible (GTK_WIDGET (self->notice_label)))
            {
              g_free (headline);
              headline = g_strdup (_("Nothing is recommended until the question above is answered."));
            }
          /* Answered, but only the situation is weighed and it favours nothing:
           * the verdict's own sentence says what is missing. */
          else if (sw_verdict_get_undecided_reason (self->verdict) == SW_UNDECIDED_NO_PRIORITY)
            {
              g_free (headline);
              headline = g_strdup (_("Nothing is stated yet, so nothing is recommended. Pick a preset "
                                   "for a typical situation, or move the slider of the priority "
                                   "that matters most to your team."));
            }
        }
      else
        set_text (self->verdict_label, _("Undecided"));
      sw_tech_style_set_class (GTK_WIDGET (self->verdict_label), -1, "sw-tech-text");
      break;
    }

  set_text (self->headline_label, headline);

  /* How sure: words, beside the answer. They read the leader's probability in
   * the robustness estimate; while it is pending (a slider is moving), the last
   * word stays, faded like the robustness sentence. */
  if (leader >= 0 && sw_verdict_has_robustness (self->verdict))
    {
      /* Translators: beside the verdict, "Confidence: clear" */
      g_autofree char *confidence = g_strdup_printf (_("Confidence: %s"),
                                                     sw_verdict_get_confidence_label (self->verdict));

      set_text (self->confidence_label, confidence);
      gtk_widget_remove_css_class (GTK_WIDGET (self->confidence_label), "pending");
    }
  else if (leader >= 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->confidence_label), "pending");
  gtk_widget_set_visible (GTK_WIDGET (self->confidence_label), leader >= 0 && !self->sealed);
}

static void
update_scores (SwRecommendationPane *self)
{
  for (guint t = 0; t < self->score_rows->len; t++)
    sw_score_row_set_score (g_ptr_array_index (self->score_rows, t), sw_verdict_get_score (self->verdict, t));
}

static void
update_robustness (SwRecommendationPane *self)
{
  GtkWidget *label = GTK_WIDGET (self->robustness_label);
  g_autofree char *sentence = NULL;

  /* Not estimated yet (a slider is moving): the last figure stays where it
   * was, so that nothing below it jumps, but faded and marked busy, since it
   * no longer describes the verdict above it. */
  if (!sw_verdict_has_robustness (self->verdict))
    {
      gtk_widget_add_css_class (label, "pending");
      gtk_accessible_update_state (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_STATE_BUSY, TRUE, -1);
      return;
    }

  sentence = sw_verdict_dup_robustness_sentence (self->verdict);
  gtk_widget_remove_css_class (label, "pending");
  gtk_accessible_update_state (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_STATE_BUSY, FALSE, -1);
  set_text (self->robustness_label, sentence != NULL ? sentence : "");
  gtk_widget_set_visible (label, sentence != NULL && !self->sealed);
}

gboolean
sw_recommendation_pane_get_robustness_pending (SwRecommendationPane *self)
{
  g_return_val_if_fail (SW_IS_RECOMMENDATION_PANE (self), FALSE);

  return self->verdict != NULL && !sw_verdict_has_robustness (self->verdict);
}

void
sw_recommendation_pane_update_robustness (SwRecommendationPane *self)
{
  g_return_if_fail (SW_IS_RECOMMENDATION_PANE (self));

  if (self->verdict != NULL)
    {
      /* The confidence word and the headline's wording follow the estimate. */
      update_verdict (self);
      update_robustness (self);
      update_tipping_points (self);
      update_formula (self);
    }
}

/* The wrapped sentences below the scores (what would change the answer,
 * the formula) change on every step of a drag, and each change lays the
 * pane out again. While a slider moves (the robustness estimate pending),
 * they keep their last words, faded like the robustness sentence, and
 * follow once the slider rests. */
static gboolean
defer_details (SwRecommendationPane *self)
{
  gboolean pending = !sw_verdict_has_robustness (self->verdict);

  if (pending)
    gtk_widget_add_css_class (self->tipping_box, "pending");
  else
    gtk_widget_remove_css_class (self->tipping_box, "pending");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->tipping_box), GTK_ACCESSIBLE_STATE_BUSY, pending, -1);

  return pending;
}

/* The formula is shown (and so laid out, and measured on every change of
 * the verdict) only while its disclosure is open or closing: hidden under
 * a closed revealer it still cost a wrapped label in a font of its own
 * before the first frame. */
static void
update_formula (SwRecommendationPane *self)
{
  g_autofree char *formula = NULL;

  if (self->verdict == NULL || !gtk_widget_get_visible (GTK_WIDGET (self->formula_label)))
    return;

  formula = sw_explain_dup_formula (self->verdict);
  set_text (self->formula_label, formula);
}

static void
update_tipping_points (SwRecommendationPane *self)
{
  g_autofree char *flip = NULL;
  guint n_points;
  guint n;

  if (defer_details (self))
    return;

  flip = sw_verdict_dup_flip_sentence (self->verdict);
  n_points = self->team_tipping != NULL ? g_strv_length (self->team_tipping)
                                        : sw_verdict_get_n_tipping_points (self->verdict);
  n = MIN (n_points, MAX_TIPPING_POINTS);

  for (guint i = 0; i < MAX_TIPPING_POINTS; i++)
    {
      GtkLabel *label = GTK_LABEL (self->tipping_labels[i]);

      if (i < n)
        {
          g_autofree char *sentence = self->team_tipping != NULL
            ? g_strdup (self->team_tipping[i])
            : sw_verdict_dup_tipping_point_sentence (self->verdict, i);

          set_text (label, sentence);
          gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
        }
      else if (i == 0)
        {
          if (sw_verdict_get_leader (self->verdict) < 0)
            set_text (label, _("Set a weight above 0 to see what would change the answer."));
          else
            set_text (label, _("No single weight within 0–10 changes which technology leads."));
          gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
        }
      else
        {
          gtk_widget_set_visible (GTK_WIDGET (label), FALSE);
        }
    }

  /* The smallest change of proportions, after the single sliders. */
  set_text (GTK_LABEL (self->flip_label), flip != NULL ? flip : "");
  gtk_widget_set_visible (self->flip_label, flip != NULL);
}

void
sw_recommendation_pane_set_team_tipping (SwRecommendationPane *self,
                                         const char * const   *sentences)
{
  g_return_if_fail (SW_IS_RECOMMENDATION_PANE (self));

  g_clear_pointer (&self->team_tipping, g_strfreev);
  self->team_tipping = g_strdupv ((char **) sentences);
  if (self->verdict != NULL)
    update_tipping_points (self);
}

void
sw_recommendation_pane_set_verdict (SwRecommendationPane *self,
                                    SwVerdict            *verdict)
{
  g_return_if_fail (SW_IS_RECOMMENDATION_PANE (self));
  g_return_if_fail (verdict != NULL);

  if (self->verdict == verdict)
    return;

  sw_verdict_ref (verdict);
  g_clear_pointer (&self->verdict, sw_verdict_unref);
  self->verdict = verdict;

  /* A situated dataset shares its base's technologies and criteria. */
  set_dataset (self, sw_dataset_get_base (sw_verdict_get_dataset (verdict)));

  update_verdict (self);
  update_scores (self);
  update_robustness (self);
  sw_contribution_chart_set_verdict (self->chart, verdict);
  update_tipping_points (self);
  if (sw_verdict_has_robustness (verdict))
    update_formula (self);
}

static void
clear_team_rows (SwRecommendationPane *self)
{
  for (guint i = 0; i < self->team_rows->len; i++)
    {
      TeamRow *row = &g_array_index (self->team_rows, TeamRow, i);

      gtk_grid_remove (self->team_grid, row->name);
      gtk_grid_remove (self->team_grid, row->verdict);
      gtk_grid_remove (self->team_grid, row->without);
    }
  g_array_set_size (self->team_rows, 0);
}

static GtkWidget *
team_label (const char *css_class,
            gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  if (wrap)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      sw_wrap_floor_label (GTK_LABEL (label));
      gtk_widget_set_hexpand (label, TRUE);
    }
  gtk_widget_add_css_class (label, css_class);

  return label;
}

/* Rows are made when the number of participants changes, not on every slider move. */
static void
ensure_team_rows (SwRecommendationPane *self,
                  guint                 n)
{
  if (self->team_rows->len == n)
    return;

  clear_team_rows (self);
  for (guint p = 0; p < n; p++)
    {
      TeamRow row = { 0 };

      row.name = team_label ("team-name", FALSE);
      gtk_label_set_ellipsize (GTK_LABEL (row.name), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (row.name), 14);
      row.verdict = team_label ("team-verdict", FALSE);
      row.without = team_label ("team-without", TRUE);
      gtk_grid_attach (self->team_grid, row.name, 0, p, 1, 1);
      gtk_grid_attach (self->team_grid, row.verdict, 1, p, 1, 1);
      gtk_grid_attach (self->team_grid, row.without, 2, p, 1, 1);
      g_array_append_val (self->team_rows, row);
    }
}

static void
update_team_row (SwRecommendationPane *self,
                 TeamRow              *row,
                 guint                 participant,
                 const char           *name)
{
  SwVerdict *own = sw_team_get_participant_verdict (self->team, participant);
  g_autofree char *label = sw_team_dup_verdict_label (own);
  g_autofree char *without = sw_team_dup_without_sentence (self->team, participant, name);

  set_text (GTK_LABEL (row->name), name);
  set_text (GTK_LABEL (row->verdict), label);
  set_text (GTK_LABEL (row->without), without);

  /* The decisive few stand out: without them, the answer changes. */
  if (sw_team_is_decisive (self->team, participant))
    gtk_widget_add_css_class (row->without, "team-decisive");
  else
    gtk_widget_remove_css_class (row->without, "team-decisive");

  sw_tech_style_set_class (row->verdict,
                           sw_verdict_get_kind (own) == SW_VERDICT_KIND_TECHNOLOGY
                             ? sw_verdict_get_leader (own) : -1,
                           "sw-tech-text");
}

void
sw_recommendation_pane_set_team (SwRecommendationPane *self,
                                 SwTeam               *team,
                                 const char * const   *names)
{
  g_autoptr(GString) disagreements = g_string_new (NULL);
  g_autofree char *consensus = NULL;
  g_autofree char *agreement = NULL;
  guint n;

  g_return_if_fail (SW_IS_RECOMMENDATION_PANE (self));
  g_return_if_fail (team == NULL || names != NULL);

  if (team != NULL)
    sw_team_ref (team);
  g_clear_pointer (&self->team, sw_team_unref);
  self->team = team;

  gtk_widget_set_visible (self->team_box, team != NULL);
  if (team == NULL)
    {
      clear_team_rows (self);
      return;
    }

  n = sw_team_get_n_participants (team);
  consensus = sw_team_dup_consensus_label (team);
  agreement = sw_team_dup_agreement_sentence (team);
  set_text (self->consensus_label, consensus);
  set_text (self->agreement_label, agreement);

  /* A small team reads a row per person; a large one, counts and who decides
   * alone (the form lists everyone already). */
  if (n <= TEAM_ROWS_MAX)
    {
      ensure_team_rows (self, n);
      for (guint p = 0; p < n; p++)
        update_team_row (self, &g_array_index (self->team_rows, TeamRow, p), p, names[p]);
    }
  else
    {
      g_autofree char *verdicts = sw_team_dup_own_verdicts_sentence (team);
      g_autofree char *decisive = sw_team_dup_decisive_summary (team, names, TEAM_DECISIVE_NAMED);
      g_autofree char *summary = g_strconcat (verdicts, "\n", decisive, NULL);

      clear_team_rows (self);
      gtk_label_set_text (self->team_summary_label, summary);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->team_grid), n <= TEAM_ROWS_MAX);
  gtk_widget_set_visible (GTK_WIDGET (self->team_summary_label), n > TEAM_ROWS_MAX);

  for (guint i = 0; i < sw_team_get_n_disagreements (team); i++)
    {
      g_autofree char *sentence = sw_team_dup_disagreement_sentence (team, i);

      if (i == 0)
        {
          g_string_append (disagreements, _("Where the team disagrees most:"));
          g_string_append_c (disagreements, '\n');
        }
      else
        g_string_append_c (disagreements, '\n');
      g_string_append (disagreements, "• ");
      g_string_append (disagreements, sentence);
    }
  set_text (self->disagreement_label, disagreements->str);
  gtk_widget_set_visible (GTK_WIDGET (self->disagreement_label), disagreements->len > 0);
}

void
sw_recommendation_pane_set_notice (SwRecommendationPane *self,
                                   const char           *notice)
{
  g_return_if_fail (SW_IS_RECOMMENDATION_PANE (self));

  set_text (self->notice_label, notice != NULL ? notice : "");
  gtk_widget_set_visible (GTK_WIDGET (self->notice_label), notice != NULL);
}

void
sw_recommendation_pane_set_sealed (SwRecommendationPane *self,
                                   gboolean              sealed)
{
  g_return_if_fail (SW_IS_RECOMMENDATION_PANE (self));

  sealed = !!sealed;
  if (self->sealed == sealed)
    return;

  self->sealed = sealed;
  gtk_widget_set_visible (GTK_WIDGET (self->verdict_label), !sealed);
  gtk_widget_set_visible (GTK_WIDGET (self->headline_label), !sealed);
  gtk_widget_set_visible (self->scores_box, !sealed);
  gtk_widget_set_visible (GTK_WIDGET (self->details_scroller), !sealed);
  if (sealed)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->confidence_label), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->robustness_label), FALSE);
    }
  else if (self->verdict != NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->confidence_label), sw_verdict_get_leader (self->verdict) >= 0);
      gtk_widget_set_visible (GTK_WIDGET (self->robustness_label),
                              gtk_label_get_text (self->robustness_label)[0] != '\0');
    }
}

gboolean
sw_recommendation_pane_get_sealed (SwRecommendationPane *self)
{
  g_return_val_if_fail (SW_IS_RECOMMENDATION_PANE (self), FALSE);

  return self->sealed;
}

void
sw_recommendation_pane_set_scale (SwRecommendationPane *self,
                                  double                scale)
{
  g_return_if_fail (SW_IS_RECOMMENDATION_PANE (self));

  scale = CLAMP (scale, 0.5, 4.0);
  if (self->scale == scale)
    return;

  self->scale = scale;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
sw_recommendation_pane_set_caption (SwRecommendationPane *self,
                                    const char           *caption)
{
  g_return_if_fail (SW_IS_RECOMMENDATION_PANE (self));

  set_text (self->caption_label, caption != NULL ? caption : _("Recommendation"));
}

/* Wide enough for the chart's names on both sides, and no wider: the page
 * beside it gets the rest of the screen. */
#define PANE_NATURAL_WIDTH 500

static void
sw_recommendation_pane_measure (GtkWidget      *widget,
                                GtkOrientation  orientation,
                                int             for_size,
                                int            *minimum,
                                int            *natural,
                                int            *minimum_baseline,
                                int            *natural_baseline)
{
  SwRecommendationPane *self = SW_RECOMMENDATION_PANE (widget);

  gtk_widget_measure (self->content, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*minimum, MIN (*natural, (int) (PANE_NATURAL_WIDTH * self->scale)));
}

static void
sw_recommendation_pane_size_allocate (GtkWidget *widget,
                                      int        width,
                                      int        height,
                                      int        baseline)
{
  SwRecommendationPane *self = SW_RECOMMENDATION_PANE (widget);

  gtk_widget_allocate (self->content, width, height, baseline, NULL);
}

static void
sw_recommendation_pane_dispose (GObject *object)
{
  SwRecommendationPane *self = SW_RECOMMENDATION_PANE (object);

  g_clear_pointer (&self->score_rows, g_ptr_array_unref);
  g_clear_object (&self->score_names);

  g_clear_pointer (&self->team_rows, g_array_unref);
  g_clear_pointer (&self->team, sw_team_unref);
  g_clear_pointer (&self->team_tipping, g_strfreev);

  g_clear_pointer (&self->content, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_RECOMMENDATION_PANE);

  g_clear_pointer (&self->verdict, sw_verdict_unref);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (sw_recommendation_pane_parent_class)->dispose (object);
}

static void
sw_recommendation_pane_class_init (SwRecommendationPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_recommendation_pane_dispose;
  widget_class->measure = sw_recommendation_pane_measure;
  widget_class->size_allocate = sw_recommendation_pane_size_allocate;

  g_type_ensure (SW_TYPE_CONTRIBUTION_CHART);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/sw-recommendation-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, SwRecommendationPane, content);
  gtk_widget_class_bind_template_child (widget_class, SwRecommendationPane, verdict_box);
  gtk_widget_class_bind_template_child (widget_class, SwRecommendationPane, caption_label);
  gtk_widget_class_bind_template_child (widget_class, SwRecommendationPane, notice_label);
  gtk_widget_class_bind_template_child (widget_class, SwRecommendationPane, team_box);
  gtk_widget_class_bind_template_child (widget_class, SwRecommendationPane, team_summary_label);
  gtk_widget_class_bind_template_child (widget_class, SwRecommendationPane, consensus_label);
  gtk_widget_class_bind_template_child (widget_class, SwRecommendationPane, agreement_label);
  gtk_widget_class_bind_template_child (widget_class, SwRecommendationPane, team_grid);
  gtk_widget_class_bind_template_child (widget_class, SwRecommendationPane, disagreement_label);
  gtk_widget_class_bind_template_child (widget_class, SwRecommendationPane, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, SwRecommendationPane, headline_label);
  gtk_widget_class_bind_template_child (widget_class, SwRecommendationPane, confidence_label);
  gtk_widget_class_bind_template_child (widget_class, SwRecommendationPane, scores_box);
  gtk_widget_class_bind_template_child (widget_class, SwRecommendationPane, robustness_label);
  gtk_widget_class_bind_template_child (widget_class, SwRecommendationPane, details_scroller);
  gtk_widget_class_bind_template_child (widget_class, SwRecommendationPane, chart);
  gtk_widget_class_bind_template_child (widget_class, SwRecommendationPane, tipping_box);
  gtk_widget_class_bind_template_child (widget_class, SwRecommendationPane, formula_button);
  gtk_widget_class_bind_template_child (widget_class, SwRecommendationPane, formula_heading);
  gtk_widget_class_bind_template_child (widget_class, SwRecommendationPane, formula_label);
  gtk_widget_class_bind_template_child (widget_class, SwRecommendationPane, formula_revealer);

  gtk_widget_class_set_css_name (widget_class, "recommendationpane");
}

/* The disclosure's arrow points down while the formula shows. */
static void
formula_toggled (SwRecommendationPane *self)
{
  gboolean active = gtk_toggle_button_get_active (self->formula_button);

  adw_button_content_set_icon_name (self->formula_heading, active ? "pan-down-symbolic" : "pan-end-symbolic");
  if (active)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->formula_label), TRUE);
      update_formula (self);
    }
}

/* Once closed, the formula is hidden until it opens again. */
static void
formula_revealed (SwRecommendationPane *self)
{
  if (!gtk_revealer_get_child_revealed (self->formula_revealer) &&
      !gtk_toggle_button_get_active (self->formula_button))
    gtk_widget_set_visible (GTK_WIDGET (self->formula_label), FALSE);
}

static void
sw_recommendation_pane_init (SwRecommendationPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->formula_button, "toggled", G_CALLBACK (formula_toggled), self);
  g_signal_connect_swapped (self->formula_revealer, "notify::child-revealed", G_CALLBACK (formula_revealed), self);

  /* Its bars expand inside it; the pane itself must not take the page's room. */
  gtk_widget_set_hexpand (GTK_WIDGET (self), FALSE);

  self->score_rows = g_ptr_array_new ();
  self->score_names = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  self->team_rows = g_array_new (FALSE, TRUE, sizeof (TeamRow));
  self->scale = 1.0;

  for (guint i = 0; i < MAX_TIPPING_POINTS; i++)
    {
      GtkWidget *label = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (label, "tipping-point");
      gtk_box_append (GTK_BOX (self->tipping_box), label);
      self->tipping_labels[i] = label;
    }

  self->flip_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->flip_label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (self->flip_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->flip_label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (self->flip_label, "tipping-point");
  gtk_widget_set_name (self->flip_label, "flip_label");
  gtk_widget_set_visible (self->flip_label, FALSE);
  gtk_box_append (GTK_BOX (self->tipping_box), self->flip_label);
  sw_wrap_floor_within (GTK_WIDGET (self));
}
