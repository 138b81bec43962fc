/* sw-columns-view.c — a columns block of the comparison: a card of points per technology, side by side
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-block-parts.h"
#include "sw-columns-view.h"

struct _SwColumnsView
{
  GtkWidget  parent_instance;

  /* Template widgets */
  GtkWidget  *box;
  GtkLabel   *title_label;
  GtkBox     *row;
};

G_DEFINE_FINAL_TYPE (SwColumnsView, sw_columns_view, GTK_TYPE_WIDGET)

static void
sw_columns_view_fill (SwColumnsView        *self,
                      SwDataset            *dataset,
                      const SwColumnsBlock *block)
{
  sw_block_set_optional_text (self->title_label, block->block.title);

  for (guint i = 0; i < block->n_columns; i++)
    {
      const SwColumn *column = &block->columns[i];
      GtkWidget *card = sw_block_card ();
      GtkWidget *body;

      sw_block_add_color_strip (card, column->technology);
      body = sw_block_card_body (card, 14);
      gtk_box_append (GTK_BOX (body), sw_block_tech_pill (dataset, column->technology));
      gtk_box_append (GTK_BOX (body), sw_block_text_label (column->heading, "sw-card-title"));
      for (guint j = 0; column->items[j] != NULL; j++)
        gtk_box_append (GTK_BOX (body),
                        sw_block_bullet_row (sw_block_color_dot (column->technology), NULL,
                                             column->items[j]));

      gtk_box_append (self->row, card);
    }
}

static void
sw_columns_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SW_TYPE_COLUMNS_VIEW);

  G_OBJECT_CLASS (sw_columns_view_parent_class)->dispose (object);
}

static void
sw_columns_view_class_init (SwColumnsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_columns_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/sw-columns-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SwColumnsView, box);
  gtk_widget_class_bind_template_child (widget_class, SwColumnsView, title_label);
  gtk_widget_class_bind_template_child (widget_class, SwColumnsView, row);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sw_columns_view_init (SwColumnsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sw_columns_view_new (SwDataset            *dataset,
                     const SwColumnsBlock *block)
{
  SwColumnsView *self;

  g_return_val_if_fail (SW_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (block != NULL, NULL);

  self = g_object_new (SW_TYPE_COLUMNS_VIEW, NULL);
  sw_columns_view_fill (self, dataset, block);

  return GTK_WIDGET (self);
}
