/* sw-heading-view.c — a heading block of the comparison, a heading for screen readers too
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-block-parts.h"
#include "sw-heading-view.h"

struct _SwHeadingView
{
  GtkWidget  parent_instance;

  /* Template widgets */
  GtkLabel   *label;
};

G_DEFINE_FINAL_TYPE (SwHeadingView, sw_heading_view, GTK_TYPE_WIDGET)

static void
sw_heading_view_fill (SwHeadingView     *self,
                      SwDataset         *dataset,
                      const SwTextBlock *block)
{
  gtk_label_set_text (self->label, block->text);
}

static void
sw_heading_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SW_TYPE_HEADING_VIEW);

  G_OBJECT_CLASS (sw_heading_view_parent_class)->dispose (object);
}

static void
sw_heading_view_class_init (SwHeadingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_heading_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/sw-heading-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SwHeadingView, label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sw_heading_view_init (SwHeadingView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sw_heading_view_new (SwDataset         *dataset,
                     const SwTextBlock *block)
{
  SwHeadingView *self;

  g_return_val_if_fail (SW_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (block != NULL, NULL);

  self = g_object_new (SW_TYPE_HEADING_VIEW, NULL);
  sw_heading_view_fill (self, dataset, block);

  return GTK_WIDGET (self);
}
