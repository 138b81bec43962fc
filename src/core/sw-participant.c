/* sw-participant.c — one person in a meeting: name, weights, vote, the preset they started from
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sw-participant-private.h"

struct _SwParticipant
{
  GObject   parent_instance;

  char     *name;
  double   *weights;
  guint     n_criteria;
  gboolean  voted;
  char     *preset_id;
  gboolean  active;
};

G_DEFINE_FINAL_TYPE (SwParticipant, sw_participant, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_WEIGHTS,
  PROP_VOTED,
  PROP_PRESET_ID,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

SwParticipant *
sw_participant_new (guint  n_criteria,
                    double default_weight)
{
  SwParticipant *self = g_object_new (SW_TYPE_PARTICIPANT, NULL);

  self->n_criteria = n_criteria;
  self->weights = g_new (double, MAX (n_criteria, 1));
  for (guint i = 0; i < n_criteria; i++)
    self->weights[i] = default_weight;

  return self;
}

/* Replaces *field with a copy of value; TRUE when it differed. */
static gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

void
sw_participant_set_values (SwParticipant *self,
                           const char    *name,
                           const double  *weights,
                           gboolean       voted,
                           const char    *preset_id,
                           gboolean       active)
{
  g_return_if_fail (SW_IS_PARTICIPANT (self));
  g_return_if_fail (weights != NULL);

  voted = !!voted;
  active = !!active;

  g_object_freeze_notify (G_OBJECT (self));

  if (set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
  if (memcmp (self->weights, weights, sizeof (double) * self->n_criteria) != 0)
    {
      memcpy (self->weights, weights, sizeof (double) * self->n_criteria);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEIGHTS]);
    }
  if (self->voted != voted)
    {
      self->voted = voted;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOTED]);
    }
  if (set_string (&self->preset_id, preset_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESET_ID]);
  if (self->active != active)
    {
      self->active = active;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

const char *
sw_participant_get_name (SwParticipant *self)
{
  g_return_val_if_fail (SW_IS_PARTICIPANT (self), NULL);

  return self->name;
}

const double *
sw_participant_get_weights (SwParticipant *self)
{
  g_return_val_if_fail (SW_IS_PARTICIPANT (self), NULL);

  return self->weights;
}

guint
sw_participant_get_n_weights (SwParticipant *self)
{
  g_return_val_if_fail (SW_IS_PARTICIPANT (self), 0);

  return self->n_criteria;
}

double
sw_participant_get_weight (SwParticipant *self,
                           guint          criterion)
{
  g_return_val_if_fail (SW_IS_PARTICIPANT (self), 0.0);
  g_return_val_if_fail (criterion < self->n_criteria, 0.0);

  return self->weights[criterion];
}

gboolean
sw_participant_get_voted (SwParticipant *self)
{
  g_return_val_if_fail (SW_IS_PARTICIPANT (self), FALSE);

  return self->voted;
}

const char *
sw_participant_get_preset_id (SwParticipant *self)
{
  g_return_val_if_fail (SW_IS_PARTICIPANT (self), NULL);

  return self->preset_id;
}

gboolean
sw_participant_get_active (SwParticipant *self)
{
  g_return_val_if_fail (SW_IS_PARTICIPANT (self), FALSE);

  return self->active;
}

static void
sw_participant_finalize (GObject *object)
{
  SwParticipant *self = SW_PARTICIPANT (object);

  g_free (self->name);
  g_free (self->weights);
  g_free (self->preset_id);

  G_OBJECT_CLASS (sw_participant_parent_class)->finalize (object);
}

static void
sw_participant_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SwParticipant *self = SW_PARTICIPANT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_WEIGHTS:
      g_value_set_variant (value, g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE, self->weights,
                                                             self->n_criteria, sizeof (double)));
      break;

    case PROP_VOTED:
      g_value_set_boolean (value, self->voted);
      break;

    case PROP_PRESET_ID:
      g_value_set_string (value, self->preset_id);
      break;

    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_participant_class_init (SwParticipantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sw_participant_finalize;
  object_class->get_property = sw_participant_get_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_WEIGHTS] =
    g_param_spec_variant ("weights", NULL, NULL,
                          G_VARIANT_TYPE ("ad"), NULL,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_VOTED] =
    g_param_spec_boolean ("voted", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PRESET_ID] =
    g_param_spec_string ("preset-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sw_participant_init (SwParticipant *self)
{
}
