/* sw-choice-button.c — one choice among a few strings, looking like a GtkDropDown
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GtkDropDown builds its popover, a list view, a factory and a row per item
 * when it is created, and keeps them: for the three questions of the team's
 * situation that was a tenth of the work before the first frame. This button
 * shows what GtkDropDown's button shows, with the same widgets, CSS names and
 * classes (ui/sw-choice-button.ui), and builds its list of choices, a menu
 * of radio items, the first time it opens. It is a combo box to assistive
 * technologies, named by what labels it (an AdwActionRow's title); the
 * button opens the list, and each choice is a menu item with a "click"
 * action.
 */

#include "config.h"

#include "sw-choice-button.h"

struct _SwChoiceButton
{
  GtkWidget        parent_instance;

  char           **items;
  guint            selected;
  GtkWidget       *popover;    /* NULL until it first opens */

  /* Template widgets */
  GtkToggleButton *button;
  GtkLabel        *label;
  GtkLabel        *none_label;
};

G_DEFINE_FINAL_TYPE (SwChoiceButton, sw_choice_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
sw_choice_button_new (const char * const *items)
{
  SwChoiceButton *self;

  g_return_val_if_fail (items != NULL && items[0] != NULL, NULL);

  self = g_object_new (SW_TYPE_CHOICE_BUTTON, NULL);
  self->items = g_strdupv ((char **) items);
  gtk_label_set_label (self->label, self->items[0]);

  return GTK_WIDGET (self);
}

guint
sw_choice_button_get_selected (SwChoiceButton *self)
{
  g_return_val_if_fail (SW_IS_CHOICE_BUTTON (self), 0);

  return self->selected;
}

void
sw_choice_button_set_selected (SwChoiceButton *self,
                               guint           selected)
{
  g_return_if_fail (SW_IS_CHOICE_BUTTON (self));
  g_return_if_fail (selected < g_strv_length (self->items));

  if (self->selected == selected)
    return;

  self->selected = selected;
  gtk_label_set_label (self->label, self->items[selected]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

GtkPopover *
sw_choice_button_get_popover (SwChoiceButton *self)
{
  g_return_val_if_fail (SW_IS_CHOICE_BUTTON (self), NULL);

  return self->popover != NULL ? GTK_POPOVER (self->popover) : NULL;
}

static void
popover_closed (SwChoiceButton *self)
{
  gtk_toggle_button_set_active (self->button, FALSE);
}

/* A radio item per choice, on an action that is the "selected" property. */
static void
build_popover (SwChoiceButton *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GPropertyAction) action = g_property_action_new ("selected", self, "selected");

  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
  gtk_widget_insert_action_group (GTK_WIDGET (self), "choice", G_ACTION_GROUP (group));

  for (guint i = 0; self->items[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (self->items[i], NULL);

      g_menu_item_set_action_and_target_value (item, "choice.selected", g_variant_new_uint32 (i));
      g_menu_append_item (menu, item);
    }

  self->popover = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
  gtk_popover_set_position (GTK_POPOVER (self->popover), GTK_POS_BOTTOM);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->popover), FALSE);
  g_signal_connect_object (self->popover, "closed", G_CALLBACK (popover_closed), self, G_CONNECT_SWAPPED);
}

static void
button_toggled (SwChoiceButton *self)
{
  if (gtk_toggle_button_get_active (self->button))
    {
      if (self->popover == NULL)
        build_popover (self);
      gtk_popover_popup (GTK_POPOVER (self->popover));
    }
  else if (self->popover != NULL)
    {
      gtk_popover_popdown (GTK_POPOVER (self->popover));
    }
}

void
sw_choice_button_popup (SwChoiceButton *self)
{
  g_return_if_fail (SW_IS_CHOICE_BUTTON (self));

  gtk_toggle_button_set_active (self->button, TRUE);
}

/* An AdwActionRow activated (clicked, Enter) opens the list, as it opens a
 * GtkDropDown's. */
static gboolean
sw_choice_button_mnemonic_activate (GtkWidget *widget,
                                    gboolean   group_cycling)
{
  SwChoiceButton *self = SW_CHOICE_BUTTON (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->button));
  sw_choice_button_popup (self);
  return TRUE;
}

static gboolean
sw_choice_button_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (SW_CHOICE_BUTTON (widget)->button));
}

static void
sw_choice_button_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  gtk_widget_measure (GTK_WIDGET (SW_CHOICE_BUTTON (widget)->button), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
sw_choice_button_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  SwChoiceButton *self = SW_CHOICE_BUTTON (widget);

  gtk_widget_size_allocate (GTK_WIDGET (self->button), &(GtkAllocation) { 0, 0, width, height }, baseline);
  if (self->popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->popover));
}

static void
sw_choice_button_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SwChoiceButton *self = SW_CHOICE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_uint (value, self->selected);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_choice_button_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SwChoiceButton *self = SW_CHOICE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      sw_choice_button_set_selected (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_choice_button_dispose (GObject *object)
{
  SwChoiceButton *self = SW_CHOICE_BUTTON (object);

  g_clear_pointer (&self->popover, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_CHOICE_BUTTON);

  G_OBJECT_CLASS (sw_choice_button_parent_class)->dispose (object);
}

static void
sw_choice_button_finalize (GObject *object)
{
  SwChoiceButton *self = SW_CHOICE_BUTTON (object);

  g_strfreev (self->items);

  G_OBJECT_CLASS (sw_choice_button_parent_class)->finalize (object);
}

static void
sw_choice_button_class_init (SwChoiceButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_choice_button_dispose;
  object_class->finalize = sw_choice_button_finalize;
  object_class->get_property = sw_choice_button_get_property;
  object_class->set_property = sw_choice_button_set_property;
  widget_class->measure = sw_choice_button_measure;
  widget_class->size_allocate = sw_choice_button_size_allocate;
  widget_class->mnemonic_activate = sw_choice_button_mnemonic_activate;
  widget_class->grab_focus = sw_choice_button_grab_focus;

  properties[PROP_SELECTED] =
    g_param_spec_uint ("selected", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/sw-choice-button.ui");
  gtk_widget_class_bind_template_child (widget_class, SwChoiceButton, button);
  gtk_widget_class_bind_template_child (widget_class, SwChoiceButton, label);
  gtk_widget_class_bind_template_child (widget_class, SwChoiceButton, none_label);
  gtk_widget_class_bind_template_callback (widget_class, button_toggled);

  gtk_widget_class_set_css_name (widget_class, "dropdown");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_COMBO_BOX);
}

static void
sw_choice_button_init (SwChoiceButton *self)
{
  /* GtkDropDown's button is as wide as its longest of the selected item
   * and GTK's own "(None)" (in GTK's translation): so is this one. */
  const char *none = "(None)";

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_label_set_label (self->none_label, g_dgettext ("gtk40", none));
}
