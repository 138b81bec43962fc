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
