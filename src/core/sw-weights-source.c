/* sw-weights-source.c — where a meeting's weights came from, in one sentence for every door
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sw-weights-source.h"

SwWeightsSourceKind
sw_weights_source_get_kind (SwMeeting       *meeting)
{
  g_return_val_if_fail (SW_IS_MEETING (meeting), SW_WEIGHTS_SOURCE_OWN);

  if (sw_meeting_get_n_participants (meeting) >= 2)
    return SW_WEIGHTS_SOURCE_TEAM_MEAN;

  if (sw_weights_source_find_preset (meeting, sw_meeting_get_weights (meeting)) != NULL)
    return SW_WEIGHTS_SOURCE_PRESET;

  return SW_WEIGHTS_SOURCE_OWN;
}

static gboolean
same_weights (SwDataset    *dataset,
              const double *a,
              const double *b)
{
  for (guint c = 0; c < sw_dataset_get_n_criteria (dataset); c++)
    if (a[c] != b[c])
      return FALSE;

  return TRUE;
}

const SwPreset *
sw_weights_source_find_preset (SwMeeting       *meeting,
                               const double     *weights)
{
  SwDataset *dataset;
  int own;

  g_return_val_if_fail (SW_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (weights != NULL, NULL);

  dataset = sw_meeting_get_dataset (meeting);
  own = sw_meeting_get_preset_id (meeting) != NULL
        ? sw_dataset_find_preset (dataset, sw_meeting_get_preset_id (meeting)) : -1;
  if (own >= 0 && same_weights (dataset, sw_dataset_get_preset (dataset, own)->weights, weights))
    return sw_dataset_get_preset (dataset, own);

  for (guint i = 0; i < sw_dataset_get_n_presets (dataset); i++)
    if (same_weights (dataset, sw_dataset_get_preset (dataset, i)->weights, weights))
      return sw_dataset_get_preset (dataset, i);

  return NULL;
}

/* "Ana", "Ana and Ben", "Ana, Ben and Cleo" */
static void
append_names (GString    *out,
              GPtrArray  *names)
{
  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        /* Translators: joins the last two names, "Python and Node.js" */
        g_string_append (out, i + 1 == names->len ? _(" and ") : ", ");
      g_string_append (out, g_ptr_array_index (names, i));
    }
}

static char *
dup_names (GPtrArray *names)
{
  GString *out = g_string_new (NULL);

  append_names (out, names);
  return g_string_free (out, FALSE);
}

static void
append_team (GString           *out,
             SwMeeting        *meeting,
             gboolean           sealed)
{
  SwDataset *dataset = sw_meeting_get_dataset (meeting);
  guint n = sw_meeting_get_n_participants (meeting);
  g_autoptr(GPtrArray) everyone = g_ptr_array_new ();
  g_autoptr(GPtrArray) own = g_ptr_array_new ();
  g_autofree const SwPreset **presets = g_new0 (const SwPreset *, n);
  g_autofree char *all = NULL;
  gboolean any_preset = FALSE;

  for (guint p = 0; p < n; p++)
    {
      const char *name = sw_meeting_get_participant_name (meeting, p);

      g_ptr_array_add (everyone, (char *) name);
      presets[p] = sealed ? NULL : sw_weights_source_find_preset (meeting,
                                                                  sw_meeting_get_participant_weights (meeting, p));
      if (presets[p] == NULL)
        g_ptr_array_add (own, (char *) name);
      any_preset = any_preset || presets[p] != NULL;
    }

  all = dup_names (everyone);
  /* Translators: the source of a team's weights, "… the mean of the weights of Ana, Ben and Cleo, …" */
  g_string_append_printf (out, _("The weights are the mean of the weights of %s, each taken as shares "
                                 "of their own total."), all);
  if (!any_preset)
    return;

  /* Each preset someone took as it is, in the dataset's order. */
  for (guint i = 0; i < sw_dataset_get_n_presets (dataset); i++)
    {
      const SwPreset *preset = sw_dataset_get_preset (dataset, i);
      g_autoptr(GPtrArray) takers = g_ptr_array_new ();
      g_autofree char *names = NULL;

      for (guint p = 0; p < n; p++)
        if (presets[p] == preset)
          g_ptr_array_add (takers, (char *) sw_meeting_get_participant_name (meeting, p));
      if (takers->len == 0)
        continue;

      names = dup_names (takers);
      g_string_append_c (out, ' ');
      /* Translators: "Ana took the preset “Data-driven products” (Startups) unchanged." */
      g_string_append_printf (out, _("%s took the preset “%s” (%s) unchanged."), names, preset->name,
                              preset->audience);
    }

  if (own->len > 0)
    {
      g_autofree char *names = dup_names (own);

      g_string_append_c (out, ' ');
      /* Translators: after the participants who took a preset, "Ben and Cleo set their own weights." */
      g_string_append_printf (out, _("%s set their own weights."), names);
    }
}

char *
sw_weights_source_dup_sentence (SwMeeting        *meeting,
                                const SwBlindVote *blind)
{
  GString *out;
  const SwPreset *preset;
  const char *person = NULL;

  g_return_val_if_fail (SW_IS_MEETING (meeting), NULL);

  out = g_string_new (NULL);
  if (sw_weights_source_get_kind (meeting) == SW_WEIGHTS_SOURCE_TEAM_MEAN)
    {
      append_team (out, meeting, blind != NULL && blind->hidden);
      return g_string_free (out, FALSE);
    }

  if (sw_meeting_get_n_participants (meeting) == 1)
    person = sw_meeting_get_participant_name (meeting, 0);

  preset = sw_weights_source_find_preset (meeting, sw_meeting_get_weights (meeting));
  if (preset != NULL && person != NULL)
    /* Translators: "The weights are those of the preset “Validate ideas quickly” (Startups), as set by Ana." */
    g_string_append_printf (out, _("The weights are those of the preset “%s” (%s), as set by %s."),
                            preset->name, preset->audience, person);
  else if (preset != NULL)
    /* Translators: "The weights are those of the preset “Validate ideas quickly” (Startups)." */
    g_string_append_printf (out, _("The weights are those of the preset “%s” (%s)."), preset->name,
                            preset->audience);
  else if (person != NULL)
    /* Translators: one participant's own weights, "The weights are those Ana set." */
    g_string_append_printf (out, _("The weights are those %s set."), person);
  else
    g_string_append (out, _("The weights were set by hand, not taken from a preset."));

  return g_string_free (out, FALSE);
}
