"""The front desk: reception and outreach staff run the hub from here (`hubdesk desk`)."""
