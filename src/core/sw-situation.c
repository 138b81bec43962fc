/* sw-situation.c — the team's situation: skill levels and the existing systems' technology
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

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
