/* sw-facts-view.c — a facts block of the comparison: key figures on cards
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-block-parts.h"
#include "sw-facts-view.h"

struct _SwFactsView
{
  GtkWidget  parent_instance;

  /* Template widgets */
  GtkWidget  *box;
  GtkLabel   *title_label;
  GtkFlowBox *flow;
};

G_DEFINE_FINAL_TYPE (SwFactsView, sw_facts_view, GTK_TYPE_WIDGET)

static GtkWidget *
fact_card (SwDataset    *dataset,
           const SwFact *fact)
{
  GtkWidget *card = sw_block_card ();
  GtkWidget *body;

  gtk_widget_add_css_class (card, "sw-fact");
  sw_block_add_color_strip (card, fact->technology);
  body = sw_block_card_body (card, 4);
  gtk_box_append (GTK_BOX (body), sw_block_cell_label (fact->value, "sw-fact-value", 10));
  gtk_box_append (GTK_BOX (body), sw_block_cell_label (fact->label, "sw-fact-label", 18));
  if (fact->detail != NULL)
    {
      GtkWidget *label = sw_block_cell_label (fact->detail, "sw-fact-detail", 20);

      gtk_widget_add_css_class (label, "sw-secondary");
      gtk_box_append (GTK_BOX (body), label);
    }
  if (fact->technology >= 0)
    {
      GtkWidget *name = sw_block_tech_header (dataset, fact->technology, "sw-fact-tech");

      gtk_widget_set_vexpand (name, TRUE);
      gtk_widget_set_valign (name, GTK_ALIGN_END);
      gtk_widget_set_margin_top (name, 8);
      gtk_box_append (GTK_BOX (body), name);
    }

  return card;
}

static void
sw_facts_view_fill (SwFactsView        *self,
                    SwDataset          *dataset,
                    const SwFactsBlock *block)
{
  /* An even number of figures goes in pairs, so a narrow page shows 2 × 2
   * rather than three and a lonely fourth. */
  gboolean paired = block->n_facts >= 4 && block->n_facts % 2 == 0;
  guint per_line = paired ? block->n_facts / 2 : block->n_facts;
  GtkWidget *pair = NULL;

  sw_block_set_optional_text (self->title_label, block->block.title);
  gtk_flow_box_set_max_children_per_line (self->flow, MAX (1, MIN (per_line, 4)));

  for (guint i = 0; i < block->n_facts; i++)
    {
      GtkWidget *fact = fact_card (dataset, &block->facts[i]);

      if (paired && pair == NULL)
        {
          pair = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 16);
          gtk_box_set_homogeneous (GTK_BOX (pair), TRUE);
          gtk_box_append (GTK_BOX (pair), fact);
          continue;
        }
      if (pair != NULL)
        {
          gtk_box_append (GTK_BOX (pair), fact);
          fact = g_steal_pointer (&pair);
        }

      gtk_flow_box_append (self->flow, fact);
      /* The figures are read, not chosen: keep them out of the focus chain
       * (their labels stay selectable). */
      gtk_widget_set_focusable (gtk_widget_get_parent (fact), FALSE);
    }
}

static void
sw_facts_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SW_TYPE_FACTS_VIEW);

  G_OBJECT_CLASS (sw_facts_view_parent_class)->dispose (object);
}

static void
sw_facts_view_class_init (SwFactsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_facts_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/sw-facts-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SwFactsView, box);
  gtk_widget_class_bind_template_child (widget_class, SwFactsView, title_label);
  gtk_widget_class_bind_template_child (widget_class, SwFactsView, flow);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sw_facts_view_init (SwFactsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sw_facts_view_new (SwDataset          *dataset,
                   const SwFactsBlock *block)
{
  SwFactsView *self;

  g_return_val_if_fail (SW_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (block != NULL, NULL);

  self = g_object_new (SW_TYPE_FACTS_VIEW, NULL);
  sw_facts_view_fill (self, dataset, block);

  return GTK_WIDGET (self);
}
