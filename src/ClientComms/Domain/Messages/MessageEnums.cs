namespace Crewline.ClientComms.Domain.Messages;

/// <summary>Which way a message travels.</summary>
public enum MessageDirection { Outbound = 1, Inbound = 2 }

/// <summary>What a message is.</summary>
public enum MessageKind { Message = 1, SpocAnnouncement = 2, ChangeOrder = 3, Status = 4, ClientMail = 5, ClientResponse = 6 }

/// <summary>Where a message stands.</summary>
public enum MessageState { Draft = 1, HandedToSpoc = 2, Sent = 3, Received = 4 }

/// <summary>How the other role came to be briefed on a message (R-COMM-4).</summary>
public enum BriefingKind { Briefed = 1, NoOtherRole = 2, ChangeOrderSigned = 3, Kickoff = 4 }

/// <summary>Where one recipient's copy stands.</summary>
public enum DeliveryStatus { Pending = 1, Delivered = 2, Failed = 3 }
