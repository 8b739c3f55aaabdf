// Windows and macOS: a signed-in person always has a desktop to show the window on.
#include "Application.h"

namespace guichet {

bool hasDisplay()
{
    return true;
}

} // namespace guichet
