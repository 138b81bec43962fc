/* sw-pros-cons-view.c — a pros-cons block of the comparison: a card of pros and cons per technology
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sw-block-parts.h"
#include "sw-pros-cons-view.h"

struct _SwProsConsView
{
  GtkWidget  parent_instance;

  /* Template widgets */
  GtkWidget  *box;
  GtkLabel   *title_label;
  GtkBox     *row;
};

G_DEFINE_FINAL_TYPE (SwProsConsView, sw_pros_cons_view, GTK_TYPE_WIDGET)

static void
append_pros_or_cons (GtkWidget   *body,
                     char *const *items,
                     const char  *heading,
                     const char  *icon_name,
                     const char  *css_class)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  gtk_widget_add_css_class (header, "sw-pros-cons-header");
  gtk_widget_add_css_class (header, css_class);
  gtk_box_append (GTK_BOX (header), gtk_image_new_from_icon_name (icon_name));
  gtk_box_append (GTK_BOX (header), sw_block_text_label (heading, "sw-item-title"));
  gtk_box_append (GTK_BOX (body), header);

  for (guint i = 0; items[i] != NULL; i++)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *mark = gtk_image_new_from_icon_name (icon_name);

      /* The heading says "Pros" or "Cons"; the marks repeat it for the eye. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (mark),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
      gtk_widget_add_css_class (mark, css_class);
      gtk_widget_add_css_class (mark, "sw-pros-cons-mark");
      gtk_widget_set_valign (mark, GTK_ALIGN_START);
      gtk_box_append (GTK_BOX (row), mark);
      gtk_box_append (GTK_BOX (row), sw_block_text_label (items[i], "sw-body"));
      gtk_box_append (GTK_BOX (body), row);
    }
}

static void
sw_pros_cons_view_fill (SwProsConsView        *self,
                        SwDataset             *dataset,
                        const SwProsConsBlock *block)
{
  sw_block_set_optional_text (self->title_label, block->block.title);

  for (guint i = 0; i < block->n_entries; i++)
    {
      const SwProsAndCons *entry = &block->entries[i];
      GtkWidget *card = sw_block_card ();
      GtkWidget *body;

      gtk_widget_add_css_class (card, "sw-pros-cons");
      sw_block_add_color_strip (card, entry->technology);
      body = sw_block_card_body (card, 12);
      gtk_box_append (GTK_BOX (body), sw_block_tech_header (dataset, entry->technology, "sw-card-title"));
      append_pros_or_cons (body, entry->pros, _("Pros"), "list-add-symbolic", "sw-pro");
      append_pros_or_cons (body, entry->cons, _("Cons"), "list-remove-symbolic", "sw-con");
      gtk_box_append (self->row, card);
    }
}

static void
sw_pros_cons_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SW_TYPE_PROS_CONS_VIEW);

  G_OBJECT_CLASS (sw_pros_cons_view_parent_class)->dispose (object);
}

static void
sw_pros_cons_view_class_init (SwProsConsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_pros_cons_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/sw-pros-cons-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SwProsConsView, box);
  gtk_widget_class_bind_template_child (widget_class, SwProsConsView, title_label);
  gtk_widget_class_bind_template_child (widget_class, SwProsConsView, row);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sw_pros_cons_view_init (SwProsConsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sw_pros_cons_view_new (SwDataset             *dataset,
                       const SwProsConsBlock *block)
{
  SwProsConsView *self;

  g_return_val_if_fail (SW_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (block != NULL, NULL);

  self = g_object_new (SW_TYPE_PROS_CONS_VIEW, NULL);
  sw_pros_cons_view_fill (self, dataset, block);

  return GTK_WIDGET (self);
}
