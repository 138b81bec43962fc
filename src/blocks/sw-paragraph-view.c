/* sw-paragraph-view.c — a paragraph block of the comparison: wrapped, selectable text
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-block-parts.h"
#include "sw-paragraph-view.h"

struct _SwParagraphView
{
  GtkWidget  parent_instance;

  /* Template widgets */
  GtkLabel   *label;
};

G_DEFINE_FINAL_TYPE (SwParagraphView, sw_paragraph_view, GTK_TYPE_WIDGET)

static void
sw_paragraph_view_fill (SwParagraphView   *self,
                        SwDataset         *dataset,
                        const SwTextBlock *block)
{
  gtk_label_set_text (self->label, block->text);
}

static void
sw_paragraph_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SW_TYPE_PARAGRAPH_VIEW);

  G_OBJECT_CLASS (sw_paragraph_view_parent_class)->dispose (object);
}

static void
sw_paragraph_view_class_init (SwParagraphViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_paragraph_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/sw-paragraph-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SwParagraphView, label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sw_paragraph_view_init (SwParagraphView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sw_paragraph_view_new (SwDataset         *dataset,
                       const SwTextBlock *block)
{
  SwParagraphView *self;

  g_return_val_if_fail (SW_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (block != NULL, NULL);

  self = g_object_new (SW_TYPE_PARAGRAPH_VIEW, NULL);
  sw_paragraph_view_fill (self, dataset, block);

  return GTK_WIDGET (self);
}
