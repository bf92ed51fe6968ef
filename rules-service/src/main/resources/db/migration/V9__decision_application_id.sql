-- Auditors find the decisions of one application by its applicationId (the console's search, and
-- GET /api/v1/decisions?applicationId=): the very expression the search filters on (DecisionSearch), so
-- that it is an index lookup and not a scan of the whole log. Rows written before V3 have no column of
-- their own and are read through their request, as the search lists them.
create index decision_application_id on decision
    ((case when summarised then application_id else decision_listed_application_id(request) end));
