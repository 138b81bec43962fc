/* sw-meeting-settings.c — one person's weights and the team's situation, kept in the settings between starts
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "sw-meeting-settings.h"
#include "sw-weight.h"

struct _SwMeetingSettings
{
  GObject    parent_instance;

  GSettings *settings;
  SwMeeting *meeting;
  guint      save_id;
};

G_DEFINE_FINAL_TYPE (SwMeetingSettings, sw_meeting_settings, G_TYPE_OBJECT)

SwMeetingSettings *
sw_meeting_settings_new (GSettings *settings)
{
  SwMeetingSettings *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (SW_TYPE_MEETING_SETTINGS, NULL);
  self->settings = g_object_ref (settings);

  return self;
}

/* Settings are written a moment after the last change, not on every frame of a drag. */
#define SAVE_DECISION_DELAY_MS 300

static void
save_situation (SwMeetingSettings *self)
{
  SwDataset *dataset = sw_meeting_get_dataset (self->meeting);
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{sd}"));
  const SwSituation *situation = sw_meeting_get_situation (self->meeting);

  for (guint t = 0; t < sw_dataset_get_n_technologies (dataset); t++)
    if (situation->skills[t] >= 0.0)
      g_variant_builder_add (&builder, "{sd}", sw_dataset_get_technology (dataset, t)->id,
                             situation->skills[t]);
  g_settings_set_value (self->settings, "skills", g_variant_builder_end (&builder));
  g_settings_set_string (self->settings, "existing",
                         situation->existing >= 0
                         ? sw_dataset_get_technology (dataset, situation->existing)->id
                         : situation->existing == SW_EXISTING_NONE ? "none" : "");
}

static gboolean
save_now (gpointer user_data)
{
  SwMeetingSettings *self = user_data;
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{sd}"));
  SwDataset *dataset;
  const char *preset_id;

  self->save_id = 0;

  /* The settings remember one person's weights; a team lives in its meeting file. */
  if (self->meeting == NULL || sw_meeting_get_n_participants (self->meeting) > 0)
    return G_SOURCE_REMOVE;

  dataset = sw_meeting_get_dataset (self->meeting);
  for (guint i = 0; i < sw_dataset_get_n_criteria (dataset); i++)
    g_variant_builder_add (&builder, "{sd}",
                           sw_dataset_get_criterion (dataset, i)->id,
                           sw_meeting_get_weight (self->meeting, i));

  preset_id = sw_meeting_get_preset_id (self->meeting);
  g_settings_set_value (self->settings, "weights", g_variant_builder_end (&builder));
  g_settings_set_string (self->settings, "preset", preset_id != NULL ? preset_id : "");
  save_situation (self);

  return G_SOURCE_REMOVE;
}

/* The situation from the settings: unknown technologies and levels outside
 * 0–10 are dropped (not stated). */
static void
restore_situation (SwMeetingSettings *self)
{
  SwDataset *dataset = sw_meeting_get_dataset (self->meeting);
  g_autoptr(GVariant) skills = g_settings_get_value (self->settings, "skills");
  g_autofree char *existing = g_settings_get_string (self->settings, "existing");
  SwSituation situation;
  GVariantIter iter;
  const char *id;
  double level;

  sw_situation_init (&situation);
  g_variant_iter_init (&iter, skills);
  while (g_variant_iter_next (&iter, "{&sd}", &id, &level))
    {
      int t = sw_dataset_find_technology (dataset, id);

      if (t >= 0 && level >= 0.0 && level <= 10.0)
        situation.skills[t] = level;
    }
  if (g_str_equal (existing, "none"))
    situation.existing = SW_EXISTING_NONE;
  else if (existing[0] != '\0' && sw_dataset_find_technology (dataset, existing) >= 0)
    situation.existing = sw_dataset_find_technology (dataset, existing);

  if (!sw_situation_is_empty (&situation))
    sw_meeting_restore_situation (self->meeting, &situation);
}

/* Weights from the settings, checked: an unknown criterion is ignored, a value
 * that is not a finite number leaves the default, the rest is clamped. A known
 * preset brings its own weights, so the two can never disagree. */
static void
restore_meeting (SwMeetingSettings *self)
{
  SwDataset *dataset = sw_meeting_get_dataset (self->meeting);
  g_autoptr(GVariant) weights = g_settings_get_value (self->settings, "weights");
  g_autofree char *preset_id = g_settings_get_string (self->settings, "preset");
  guint n = sw_dataset_get_n_criteria (dataset);
  g_autofree double *values = g_new (double, MAX (n, 1));
  GVariantIter iter;
  const char *id;
  double value;
  int preset;

  if (preset_id[0] != '\0' && (preset = sw_dataset_find_preset (dataset, preset_id)) >= 0)
    {
      sw_meeting_restore (self->meeting, sw_dataset_get_preset (dataset, preset)->weights, preset_id);
      return;
    }

  for (guint i = 0; i < n; i++)
    values[i] = sw_meeting_get_weight (self->meeting, i);

  g_variant_iter_init (&iter, weights);
  while (g_variant_iter_next (&iter, "{&sd}", &id, &value))
    {
      int criterion = sw_dataset_find_criterion (dataset, id);

      if (criterion >= 0 && isfinite (value))
        values[criterion] = sw_weight_clamp (value);
    }

  sw_meeting_restore (self->meeting, values, NULL);
}

static void
meeting_changed (SwMeetingSettings *self)
{
  if (self->save_id == 0)
    self->save_id = g_timeout_add (SAVE_DECISION_DELAY_MS, save_now, self);
}

void
sw_meeting_settings_set_meeting (SwMeetingSettings *self,
                                 SwMeeting         *meeting)
{
  gboolean first;

  g_return_if_fail (SW_IS_MEETING_SETTINGS (self));
  g_return_if_fail (SW_IS_MEETING (meeting));

  first = self->meeting == NULL;
  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_data (self->meeting, self);
  g_set_object (&self->meeting, meeting);
  g_signal_connect_swapped (meeting, "changed", G_CALLBACK (meeting_changed), self);

  if (first)
    {
      restore_meeting (self);
      restore_situation (self);
      /* The settings already hold what was restored: writing it back would
       * only start the settings service at every launch. */
      g_clear_handle_id (&self->save_id, g_source_remove);
    }
  else
    meeting_changed (self);
}

static void
sw_meeting_settings_dispose (GObject *object)
{
  SwMeetingSettings *self = SW_MEETING_SETTINGS (object);

  /* The weights of the last moment are kept for the next start. */
  if (self->save_id != 0)
    {
      g_clear_handle_id (&self->save_id, g_source_remove);
      save_now (self);
    }
  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_data (self->meeting, self);
  g_clear_object (&self->meeting);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sw_meeting_settings_parent_class)->dispose (object);
}

static void
sw_meeting_settings_class_init (SwMeetingSettingsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sw_meeting_settings_dispose;
}

static void
sw_meeting_settings_init (SwMeetingSettings *self)
{
}
