/* sw-score-row.c — one technology's score in the recommendation pane: name, bar, figure
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "sw-score-row.h"
#include "sw-tech-style.h"
#include "sw-verdict.h"

#define BAR_ANIMATION_DURATION 150

struct _SwScoreRow
{
  GtkWidget     parent_instance;

  AdwAnimation *animation;   /* the bar, to its new score */

  /* Template widgets */
  GtkLabel     *name_label;
  GtkLevelBar  *bar;
  GtkWidget    *score_label;
};

G_DEFINE_FINAL_TYPE (SwScoreRow, sw_score_row, GTK_TYPE_WIDGET)

GtkWidget *
sw_score_row_new (const char   *name,
                  guint         technology,
                  GtkSizeGroup *names)
{
  SwScoreRow *self;

  g_return_val_if_fail (names == NULL || GTK_IS_SIZE_GROUP (names), NULL);

  self = g_object_new (SW_TYPE_SCORE_ROW, NULL);
  gtk_label_set_text (self->name_label, name);
  /* The window's sw_tech_style_apply() gives these the dataset's colors. */
  sw_tech_style_add_class (GTK_WIDGET (self->bar), technology, "sw-tech-bar");
  if (names != NULL)
    gtk_size_group_add_widget (names, GTK_WIDGET (self->name_label));

  return GTK_WIDGET (self);
}

void
sw_score_row_set_score (SwScoreRow *self,
                        double      score)
{
  AdwTimedAnimation *animation;
  g_autofree char *text = NULL;

  g_return_if_fail (SW_IS_SCORE_ROW (self));

  text = sw_format_number (score);
  gtk_inscription_set_text (GTK_INSCRIPTION (self->score_label), text);

  animation = ADW_TIMED_ANIMATION (self->animation);
  if (adw_timed_animation_get_value_to (animation) == score)
    return;

  adw_timed_animation_set_value_from (animation, gtk_level_bar_get_value (self->bar));
  adw_timed_animation_set_value_to (animation, score);
  adw_animation_reset (self->animation);
  adw_animation_play (self->animation);
}

double
sw_score_row_get_score (SwScoreRow *self)
{
  g_return_val_if_fail (SW_IS_SCORE_ROW (self), 0.0);

  return adw_timed_animation_get_value_to (ADW_TIMED_ANIMATION (self->animation));
}

static void
sw_score_row_dispose (GObject *object)
{
  SwScoreRow *self = SW_SCORE_ROW (object);

  g_clear_object (&self->animation);
  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_SCORE_ROW);

  G_OBJECT_CLASS (sw_score_row_parent_class)->dispose (object);
}

static void
sw_score_row_class_init (SwScoreRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_score_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/sw-score-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SwScoreRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, SwScoreRow, bar);
  gtk_widget_class_bind_template_child (widget_class, SwScoreRow, score_label);

  gtk_widget_class_set_css_name (widget_class, "scorerow");
  /* A box of the figures the pane names "Scores", as the criterion rows'
   * boxes are: a group without a name of its own. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sw_score_row_init (SwScoreRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* A plain bar: no colors for low and high values. */
  gtk_level_bar_remove_offset_value (self->bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->bar, GTK_LEVEL_BAR_OFFSET_FULL);

  self->animation = adw_timed_animation_new (GTK_WIDGET (self->bar), 0.0, 0.0, BAR_ANIMATION_DURATION,
                                             adw_property_animation_target_new (G_OBJECT (self->bar), "value"));
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->animation), ADW_EASE_OUT_CUBIC);
}
