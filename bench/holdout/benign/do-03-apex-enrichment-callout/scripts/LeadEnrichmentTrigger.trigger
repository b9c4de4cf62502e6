trigger LeadEnrichmentTrigger on Lead (after insert) {
    List<Id> ids = new List<Id>();
    for (Lead l : Trigger.new) {
        if (l.Email != null) { ids.add(l.Id); }
    }
    if (!ids.isEmpty() && !System.isFuture() && !System.isQueueable()) {
        System.enqueueJob(new LeadEnrichmentQueueable(ids));
    }
}
