// mws-central: the central sync server (see docs/sync-protocol.md).
#include <iostream>  // used by POCO_SERVER_MAIN

#include "central_app.hpp"

POCO_SERVER_MAIN(mws::sync::central::CentralApp)
