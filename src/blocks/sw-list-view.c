/* sw-list-view.c — a list block of the comparison: points on a card, maybe of one technology
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-block-parts.h"
#include "sw-list-view.h"

struct _SwListView
{
  GtkWidget  parent_instance;

  /* Template widgets */
  GtkWidget  *box;
  GtkWidget  *header;
  GtkLabel   *title_label;
  GtkWidget  *list_card;
};

G_DEFINE_FINAL_TYPE (SwListView, sw_list_view, GTK_TYPE_WIDGET)

static void
sw_list_view_fill (SwListView        *self,
                   SwDataset         *dataset,
                   const SwListBlock *block)
{
  int technology = block->technology;
  GtkWidget *body;

  sw_block_set_optional_text (self->title_label, block->block.title);
  gtk_widget_set_visible (self->header, block->block.title != NULL || technology >= 0);
  if (technology >= 0)
    gtk_box_append (GTK_BOX (self->header), sw_block_tech_pill (dataset, technology));

  /* The color strip at the top follows the card's rounded corners. */
  sw_block_add_color_strip (self->list_card, technology);
  body = sw_block_card_body (self->list_card, 16);
  for (guint i = 0; i < block->n_items; i++)
    gtk_box_append (GTK_BOX (body),
                    sw_block_bullet_row (sw_block_color_dot (technology),
                                         block->items[i].title, block->items[i].text));
}

static void
sw_list_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SW_TYPE_LIST_VIEW);

  G_OBJECT_CLASS (sw_list_view_parent_class)->dispose (object);
}

static void
sw_list_view_class_init (SwListViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_list_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/sw-list-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SwListView, box);
  gtk_widget_class_bind_template_child (widget_class, SwListView, header);
  gtk_widget_class_bind_template_child (widget_class, SwListView, title_label);
  gtk_widget_class_bind_template_child (widget_class, SwListView, list_card);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sw_list_view_init (SwListView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sw_list_view_new (SwDataset         *dataset,
                  const SwListBlock *block)
{
  SwListView *self;

  g_return_val_if_fail (SW_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (block != NULL, NULL);

  self = g_object_new (SW_TYPE_LIST_VIEW, NULL);
  sw_list_view_fill (self, dataset, block);

  return GTK_WIDGET (self);
}
