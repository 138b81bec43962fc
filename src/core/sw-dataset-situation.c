/* sw-dataset-situation.c — team-answered criteria: fits from the team's situation
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A situated dataset is the loaded one with the fits of its team-answered
 * criteria filled from a situation (docs/scoring.md, "The team's situation").
 * The evaluator, the robustness estimate and the team maths read it like any
 * dataset; only its fits and weight factors are its own.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sw-dataset-private.h"
#include "sw-evaluate.h"

/* A level the team states about itself is an estimate: ±1, like the dataset's fits. */
#define SKILL_UNCERTAINTY 1.0

static void
set_fit (SwDataset *self,
         guint      t,
         guint      c,
         double     value,
         double     low,
         double     high,
         char      *rationale)
{
  guint i = t * self->n_criteria + c;

  self->fits[i].value = self->fit_values[i] = value;
  self->fits[i].low = self->fit_lows[i] = low;
  self->fits[i].high = self->fit_highs[i] = high;
  g_free (self->fits[i].rationale);
  self->fits[i].rationale = rationale;
}

static gboolean
fill_skills (SwDataset *self,
             guint      c)
{
  const SwSituation *s = &self->situation;

  if (!sw_situation_has_skills (s))
    {
      for (guint t = 0; t < self->n_technologies; t++)
        set_fit (self, t, c, 0, 0, 0,
                 g_strdup (_("Comes from the team's skill levels, which are not stated yet.")));
      return FALSE;
    }

  for (guint t = 0; t < self->n_technologies; t++)
    {
      double level = s->skills[t];

      if (level < 0.0)
        set_fit (self, t, c, 0, 0, 0,
                 g_strdup (_("The team stated no level here, so it counts as 0 beside the "
                             "levels it did state.")));
      else
        {
          g_autofree char *shown = g_strdup_printf ("%.1f", level);

          /* Translators: the team's own estimate of its skill, "7.0". */
          set_fit (self, t, c, level, MAX (0.0, level - SKILL_UNCERTAINTY),
                   MIN (10.0, level + SKILL_UNCERTAINTY),
                   g_strdup_printf (_("The team's own level: %s of 10."), shown));
        }
    }

  return TRUE;
}

static gboolean
fill_existing (SwDataset *self,
               guint      c)
{
  int existing = self->situation.existing;

  for (guint t = 0; t < self->n_technologies; t++)
    {
      if (existing == SW_EXISTING_NOT_STATED)
        set_fit (self, t, c, 0, 0, 0,
                 g_strdup (_("Comes from the existing systems' technology, which is not "
                             "stated yet.")));
      else if (existing == SW_EXISTING_NONE)
        set_fit (self, t, c, 0, 0, 0,
                 g_strdup (_("The existing systems use none of these technologies.")));
      else if ((int) t == existing)
        set_fit (self, t, c, 10, 10, 10,
                 g_strdup (_("The existing systems use this technology.")));
      else
        /* Translators: the technology the existing systems use, "Python". */
        set_fit (self, t, c, 0, 0, 0,
                 g_strdup_printf (_("The existing systems use %s, not this."),
                                  self->technologies[existing].name));
    }

  return existing >= 0;
}

void
sw_dataset_fill_situation (SwDataset *self,
                           SwDataset *base)
{
  guint n_criteria = self->n_criteria;

  for (guint c = 0; c < n_criteria; c++)
    {
      gboolean answered = TRUE;

      switch (self->criteria[c].answer)
        {
        case SW_ANSWER_NONE:
          if (base != self)
            for (guint t = 0; t < self->n_technologies; t++)
              {
                const SwFit *fit = &base->fits[t * n_criteria + c];

                set_fit (self, t, c, fit->value, fit->low, fit->high,
                         g_strdup (fit->rationale));
              }
          else
            for (guint t = 0; t < self->n_technologies; t++)
              {
                guint i = t * n_criteria + c;

                self->fit_values[i] = self->fits[i].value;
                self->fit_lows[i] = self->fits[i].low;
                self->fit_highs[i] = self->fits[i].high;
              }
          break;
        case SW_ANSWER_SKILLS:
          answered = fill_skills (self, c);
          break;
        case SW_ANSWER_EXISTING:
          answered = fill_existing (self, c);
          break;
        default:
          g_assert_not_reached ();
        }

      self->weight_factors[c] = answered ? 1.0 : 0.0;
    }
}

SwDataset *
sw_dataset_new_situated (SwDataset         *self,
                         const SwSituation *situation)
{
  SwDataset *base;
  SwDataset *situated;
  guint n;

  g_return_val_if_fail (SW_IS_DATASET (self), NULL);
  g_return_val_if_fail (situation != NULL, NULL);

  base = sw_dataset_get_base (self);
  n = base->n_technologies * base->n_criteria;
  situated = g_object_new (SW_TYPE_DATASET, NULL);
  situated->base = g_object_ref (base);
  situated->id = base->id;
  situated->title = base->title;
  situated->subtitle = base->subtitle;
  situated->source = base->source;
  situated->origin = base->origin;
  situated->technologies = base->technologies;
  situated->n_technologies = base->n_technologies;
  situated->criteria = base->criteria;
  situated->n_criteria = base->n_criteria;
  situated->presets = base->presets;
  situated->n_presets = base->n_presets;
  situated->sections = base->sections;
  situated->n_sections = base->n_sections;

  situated->situation = *situation;
  for (guint t = base->n_technologies; t < SW_SITUATION_MAX_TECHNOLOGIES; t++)
    situated->situation.skills[t] = SW_SKILL_NOT_STATED;
  for (guint t = 0; t < base->n_technologies; t++)
    situated->situation.skills[t] = sw_situation_clamp_skill (situation->skills[t]);
  if (situation->existing >= (int) base->n_technologies || situation->existing < SW_EXISTING_NOT_STATED)
    situated->situation.existing = SW_EXISTING_NOT_STATED;

  situated->fits = g_new0 (SwFit, n);
  situated->fit_values = g_new (double, n);
  situated->fit_lows = g_new (double, n);
  situated->fit_highs = g_new (double, n);
  situated->weight_factors = g_new (double, base->n_criteria);
  sw_dataset_fill_situation (situated, base);

  return situated;
}

SwDataset *
sw_dataset_get_base (SwDataset *self)
{
  g_return_val_if_fail (SW_IS_DATASET (self), NULL);

  return self->base != NULL ? self->base : self;
}

const SwSituation *
sw_dataset_get_situation (SwDataset *self)
{
  g_return_val_if_fail (SW_IS_DATASET (self), NULL);

  return &self->situation;
}

const double *
sw_dataset_get_weight_factors (SwDataset *self)
{
  g_return_val_if_fail (SW_IS_DATASET (self), NULL);

  return self->weight_factors;
}

gboolean
sw_dataset_criterion_is_answered (SwDataset *self,
                                  guint      criterion)
{
  g_return_val_if_fail (SW_IS_DATASET (self), FALSE);
  g_return_val_if_fail (criterion < self->n_criteria, FALSE);

  return self->weight_factors[criterion] > 0.0;
}

int
sw_dataset_find_answer (SwDataset *self,
                        SwAnswer   answer)
{
  g_return_val_if_fail (SW_IS_DATASET (self), -1);

  for (guint c = 0; c < self->n_criteria; c++)
    if (self->criteria[c].answer == answer && answer != SW_ANSWER_NONE)
      return (int) c;

  return -1;
}

/* The situation in the dataset's words: the question the pane asks, the
 * sentence the exports print, and the command line's --skill and --existing. */

char *
sw_situation_dup_question (SwDataset    *situated,
                           const double *weights)
{
  g_autoptr(GString) question = g_string_new (NULL);
  int existing = sw_dataset_find_answer (situated, SW_ANSWER_EXISTING);
  int skills = sw_dataset_find_answer (situated, SW_ANSWER_SKILLS);

  g_return_val_if_fail (SW_IS_DATASET (situated), NULL);
  g_return_val_if_fail (weights != NULL, NULL);

  if (existing >= 0 && weights[existing] > 0.0 &&
      !sw_dataset_criterion_is_answered (situated, existing) &&
      sw_dataset_get_situation (situated)->existing == SW_EXISTING_NOT_STATED)
    /* Translators: %s is the criterion's name, "Fitting the existing systems" */
    g_string_append_printf (question,
                            _("Which technology do the existing systems use? Say so under "
                              "“The team’s situation”: until then, “%s” counts for nothing."),
                            sw_dataset_get_criterion (situated, existing)->name);

  if (skills >= 0 && weights[skills] > 0.0 && !sw_dataset_criterion_is_answered (situated, skills))
    {
      if (question->len > 0)
        g_string_append_c (question, ' ');
      /* Translators: %s is the criterion's name, "Building on the team's skills" */
      g_string_append_printf (question,
                              _("How well does the team know each technology? Say so under "
                                "“The team’s situation”: until then, “%s” counts for nothing."),
                              sw_dataset_get_criterion (situated, skills)->name);
    }

  if (question->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&question), FALSE);
}

char *
sw_situation_dup_sentence (SwDataset *situated)
{
  const SwSituation *situation;
  g_autoptr(GString) skills = g_string_new (NULL);
  g_autofree char *existing = NULL;
  gboolean asks_skills, asks_existing;

  g_return_val_if_fail (SW_IS_DATASET (situated), NULL);

  situation = sw_dataset_get_situation (situated);
  asks_skills = sw_dataset_find_answer (situated, SW_ANSWER_SKILLS) >= 0;
  asks_existing = sw_dataset_find_answer (situated, SW_ANSWER_EXISTING) >= 0;
  if (!asks_skills && !asks_existing)
    return NULL;

  if (sw_situation_is_empty (situation))
    return g_strdup (_("The team’s situation: nothing stated."));

  for (guint t = 0; asks_skills && t < sw_dataset_get_n_technologies (situated); t++)
    {
      const char *name = sw_dataset_get_technology (situated, t)->name;

      if (skills->len > 0)
        g_string_append (skills, ", ");
      if (situation->skills[t] >= 0.0)
        {
          g_autofree char *level = g_strdup_printf ("%.1f", situation->skills[t]);

          /* Translators: a skill level in the reports, "Python 8.0 of 10" */
          g_string_append_printf (skills, _("%s %s of 10"), name, level);
        }
      else
        /* Translators: a skill level in the reports, "Node.js not stated" */
        g_string_append_printf (skills, _("%s not stated"), name);
    }

  if (situation->existing >= 0)
    existing = g_strdup (sw_dataset_get_technology (situated, situation->existing)->name);
  else if (situation->existing == SW_EXISTING_NONE)
    existing = g_strdup (_("none of these"));
  else
    existing = g_strdup (_("not stated"));

  if (asks_skills && asks_existing)
    /* Translators: "The team's situation: skills Python 8.0 of 10, Node.js not stated; existing systems: Python." */
    return g_strdup_printf (_("The team’s situation: skills %s; existing systems: %s."), skills->str, existing);
  if (asks_skills)
    return g_strdup_printf (_("The team’s situation: skills %s."), skills->str);
  return g_strdup_printf (_("The team’s situation: existing systems: %s."), existing);
}

/* The command line */

static char *
technology_ids (SwDataset *dataset,
                gboolean   with_none)
{
  GString *ids = g_string_new (NULL);

  for (guint t = 0; t < sw_dataset_get_n_technologies (dataset); t++)
    g_string_append_printf (ids, "%s%s", t > 0 ? ", " : "", sw_dataset_get_technology (dataset, t)->id);
  if (with_none)
    g_string_append (ids, ", none");

  return g_string_free (ids, FALSE);
}

static int
find_technology (SwDataset   *dataset,
                 const char  *id,
                 gboolean     with_none,
                 GError     **error)
{
  g_autofree char *ids = NULL;
  g_autofree char *shown = NULL;
  int t = sw_dataset_find_technology (dataset, id);

  if (t >= 0)
    return t;

  ids = technology_ids (dataset, with_none);
  shown = g_utf8_make_valid (id, -1);
  g_set_error (error, SW_SITUATION_ERROR, SW_SITUATION_ERROR_UNKNOWN_TECHNOLOGY,
               _("“%s” is not a technology of this dataset; use one of: %s"), shown, ids);
  return -1;
}

gboolean
sw_parse_skill_assignment (SwDataset   *dataset,
                           const char  *text,
                           guint       *out_technology,
                           double      *out_level,
                           GError     **error)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *id = NULL;
  g_autoptr(GError) level_error = NULL;
  double level;
  int t;

  g_return_val_if_fail (SW_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  parts = g_strsplit (text, "=", 2);
  if (parts[0] == NULL || parts[1] == NULL)
    {
      g_autofree char *ids = technology_ids (dataset, FALSE);

      g_set_error (error, SW_SITUATION_ERROR, SW_SITUATION_ERROR_MALFORMED,
                   _("write TECHNOLOGY=LEVEL, a level from 0 to 10 (technologies: %s)"), ids);
      return FALSE;
    }

  id = g_strstrip (g_strdup (parts[0]));
  t = find_technology (dataset, id, FALSE, error);
  if (t < 0)
    return FALSE;

  if (!sw_parse_weight (parts[1], &level, &level_error))
    {
      g_autofree char *shown = g_utf8_make_valid (g_strstrip (parts[1]), -1);

      g_set_error (error, SW_SITUATION_ERROR, SW_SITUATION_ERROR_BAD_LEVEL,
                   _("the level “%s” is not a number from 0 to 10"), shown);
      return FALSE;
    }

  *out_technology = t;
  *out_level = sw_situation_clamp_skill (level);
  return TRUE;
}

gboolean
sw_parse_existing (SwDataset   *dataset,
                   const char  *text,
                   int         *out_existing,
                   GError     **error)
{
  g_autofree char *id = NULL;
  int t;

  g_return_val_if_fail (SW_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  id = g_strstrip (g_strdup (text));
  if (g_str_equal (id, "none"))
    {
      *out_existing = SW_EXISTING_NONE;
      return TRUE;
    }

  t = find_technology (dataset, id, TRUE, error);
  if (t < 0)
    return FALSE;

  *out_existing = t;
  return TRUE;
}
