"""recoupe.web"""
