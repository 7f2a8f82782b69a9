"""The plan and its duties, the agency register, periods and due dates."""
