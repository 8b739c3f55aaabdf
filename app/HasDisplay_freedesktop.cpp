// Linux and the BSDs: a window needs an X11 or Wayland session, or a Qt platform chosen
// by hand (offscreen for screenshots and tests). Over SSH there is none.
#include "Application.h"

namespace guichet {

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

} // namespace guichet
