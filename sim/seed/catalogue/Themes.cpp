#include "Themes.h"

namespace guichet::sim::seed::catalogue {

Subject subject(Kind kind, const char* en, const char* fr, char frGender, const char* de,
                char deGender, const char* admin, int actionLimit)
{
    const bool uncountable = en[0] == '~';
    return Subject{
        kind,       uncountable ? en + 1 : en, fr, frGender, de, deGender, !uncountable, admin,
        actionLimit};
}

} // namespace guichet::sim::seed::catalogue
