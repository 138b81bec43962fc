/* sw-chart-view.c — a chart block of the comparison: a titled bar chart on a card, with its note
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-bar-chart.h"
#include "sw-block-parts.h"
#include "sw-chart-view.h"

struct _SwChartView
{
  GtkWidget  parent_instance;

  /* Template widgets */
  GtkWidget  *box;
  GtkWidget  *body;
  GtkLabel   *title_label;
  GtkLabel   *note_label;
};

G_DEFINE_FINAL_TYPE (SwChartView, sw_chart_view, GTK_TYPE_WIDGET)

static void
sw_chart_view_fill (SwChartView        *self,
                    SwDataset          *dataset,
                    const SwChartBlock *block)
{
  GtkWidget *chart = sw_bar_chart_new (block->block.title, block->unit);

  gtk_label_set_text (self->title_label, block->block.title);
  for (guint i = 0; i < block->n_bars; i++)
    {
      const SwBar *bar = &block->bars[i];
      const SwTechnology *technology = sw_dataset_get_technology (dataset, bar->technology);
      GdkRGBA color;

      if (!gdk_rgba_parse (&color, technology->color))
        continue;

      sw_bar_chart_add_bar (SW_BAR_CHART (chart), technology->name, &color,
                            bar->low, bar->high, bar->open_ended, bar->label);
    }
  gtk_box_insert_child_after (GTK_BOX (self->body), chart, GTK_WIDGET (self->title_label));

  sw_block_set_optional_text (self->note_label, block->note);
}

static void
sw_chart_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SW_TYPE_CHART_VIEW);

  G_OBJECT_CLASS (sw_chart_view_parent_class)->dispose (object);
}

static void
sw_chart_view_class_init (SwChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_chart_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/sw-chart-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SwChartView, box);
  gtk_widget_class_bind_template_child (widget_class, SwChartView, body);
  gtk_widget_class_bind_template_child (widget_class, SwChartView, title_label);
  gtk_widget_class_bind_template_child (widget_class, SwChartView, note_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sw_chart_view_init (SwChartView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sw_chart_view_new (SwDataset          *dataset,
                   const SwChartBlock *block)
{
  SwChartView *self;

  g_return_val_if_fail (SW_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (block != NULL, NULL);

  self = g_object_new (SW_TYPE_CHART_VIEW, NULL);
  sw_chart_view_fill (self, dataset, block);

  return GTK_WIDGET (self);
}
