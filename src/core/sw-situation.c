/* sw-situation.c — the team's situation: skill levels and the existing systems' technology
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "sw-dataset.h"
#include "sw-evaluate.h"
#include "sw-situation.h"

G_DEFINE_QUARK (sw-situation-error-quark, sw_situation_error)

void
sw_situation_init (SwSituation *self)
{
  g_return_if_fail (self != NULL);

  for (guint t = 0; t < SW_SITUATION_MAX_TECHNOLOGIES; t++)
    self->skills[t] = SW_SKILL_NOT_STATED;
  self->existing = SW_EXISTING_NOT_STATED;
}

gboolean
sw_situation_equal (const SwSituation *a,
                    const SwSituation *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (a->existing != b->existing)
    return FALSE;
  for (guint t = 0; t < SW_SITUATION_MAX_TECHNOLOGIES; t++)
    if (a->skills[t] != b->skills[t])
      return FALSE;

  return TRUE;
}

gboolean
sw_situation_has_skills (const SwSituation *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint t = 0; t < SW_SITUATION_MAX_TECHNOLOGIES; t++)
    if (self->skills[t] >= 0.0)
      return TRUE;

  return FALSE;
}

gboolean
sw_situation_is_empty (const SwSituation *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return !sw_situation_has_skills (self) && self->existing == SW_EXISTING_NOT_STATED;
}

double
sw_situation_clamp_skill (double level)
{
  if (!(level >= 0.0))
    return SW_SKILL_NOT_STATED;
  if (level > 10.0)
    level = 10.0;

  return round (level * 10.0) / 10.0;
}

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
