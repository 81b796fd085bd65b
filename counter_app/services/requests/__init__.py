"""Service requests and work orders (业务受理, docs/domain.md §6).

* :mod:`.dto` - what the services take and give, and their errors (no database);
* :mod:`.catalogue` - the catalogue of types (业务目录) and its administration;
* :mod:`.intake` - accepting a request: documents, the type's data, the deadline;
* :mod:`.lifecycle` - the steps after intake, each one event with user, time and note;
* :mod:`.effects` - what completing a 过户, 更名, 迁移, 暂停, 恢复 or 销户 does to the account;
* :mod:`.fees` - the 业务费 paid at the counter with its own receipt;
* :mod:`.queries` - lists, lookups and the DTOs of a request;
* :mod:`.documents` - the work order, settlement slip and status slip;
* :mod:`.service` - :class:`RequestService`, the one service the screens use;
* :mod:`.ledger` - the 业务受理台账 rows.
"""
