/* sw-qr-code.c — a QR code drawn crisply at any size, for a phone across the room
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each module is a whole number of pixels, and each row's dark runs are one
 * rectangle each: no scaled image, so no blurred edges on a projector. Dark
 * on white whatever the style, with its quiet zone, as scanners expect.
 */

#include "config.h"

#include <qrencode.h>

#include "sw-qr-code.h"

/* The smallest module a phone still reads from a few metres, in pixels. */
#define MIN_MODULE_PX 3
#define NATURAL_MODULE_PX 10

struct _SwQrCode
{
  GtkWidget  parent_instance;

  char      *text;
  QRcode    *code;   /* NULL with no text, or when the text does not fit a code */
};

enum {
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SwQrCode, sw_qr_code, GTK_TYPE_WIDGET)

const char *
sw_qr_code_get_text (SwQrCode *self)
{
  g_return_val_if_fail (SW_IS_QR_CODE (self), NULL);

  return self->text;
}

guint
sw_qr_code_get_modules (SwQrCode *self)
{
  g_return_val_if_fail (SW_IS_QR_CODE (self), 0);

  return self->code != NULL ? (guint) self->code->width : 0;
}

void
sw_qr_code_set_text (SwQrCode   *self,
                     const char *text)
{
  g_return_if_fail (SW_IS_QR_CODE (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  g_clear_pointer (&self->code, QRcode_free);
  if (text != NULL)
    self->code = QRcode_encodeString (text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);

  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

static int
side_modules (SwQrCode *self)
{
  return self->code != NULL ? self->code->width + 2 * SW_QR_CODE_QUIET_ZONE : 0;
}

static void
sw_qr_code_measure (GtkWidget      *widget,
                    GtkOrientation  orientation,
                    int             for_size,
                    int            *minimum,
                    int            *natural,
                    int            *minimum_baseline,
                    int            *natural_baseline)
{
  int n = side_modules (SW_QR_CODE (widget));

  *minimum = n * MIN_MODULE_PX;
  *natural = n * NATURAL_MODULE_PX;
}

static void
sw_qr_code_snapshot (GtkWidget   *widget,
                     GtkSnapshot *snapshot)
{
  SwQrCode *self = SW_QR_CODE (widget);
  static const GdkRGBA light = { 1.0, 1.0, 1.0, 1.0 };
  static const GdkRGBA dark = { 0.0, 0.0, 0.0, 1.0 };
  int n = side_modules (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int module, side, x0, y0;

  if (n == 0)
    return;

  module = MAX (MIN (width, height) / n, 1);
  side = module * n;
  x0 = (width - side) / 2;
  y0 = (height - side) / 2;

  gtk_snapshot_append_color (snapshot, &light, &GRAPHENE_RECT_INIT (x0, y0, side, side));
  for (int row = 0; row < self->code->width; row++)
    {
      const unsigned char *data = self->code->data + row * self->code->width;
      int y = y0 + (row + SW_QR_CODE_QUIET_ZONE) * module;

      for (int col = 0; col < self->code->width; )
        {
          int start;

          /* The low bit of each byte: the module is dark. */
          if ((data[col] & 1) == 0)
            {
              col++;
              continue;
            }
          start = col;
          while (col < self->code->width && (data[col] & 1) != 0)
            col++;
          gtk_snapshot_append_color (snapshot, &dark,
                                     &GRAPHENE_RECT_INIT (x0 + (start + SW_QR_CODE_QUIET_ZONE) * module, y,
                                                          (col - start) * module, module));
        }
    }
}

static void
sw_qr_code_finalize (GObject *object)
{
  SwQrCode *self = SW_QR_CODE (object);

  g_free (self->text);
  g_clear_pointer (&self->code, QRcode_free);

  G_OBJECT_CLASS (sw_qr_code_parent_class)->finalize (object);
}

static void
sw_qr_code_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SwQrCode *self = SW_QR_CODE (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_qr_code_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  SwQrCode *self = SW_QR_CODE (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      sw_qr_code_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_qr_code_class_init (SwQrCodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sw_qr_code_finalize;
  object_class->get_property = sw_qr_code_get_property;
  object_class->set_property = sw_qr_code_set_property;
  widget_class->measure = sw_qr_code_measure;
  widget_class->snapshot = sw_qr_code_snapshot;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "qrcode");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sw_qr_code_init (SwQrCode *self)
{
}
